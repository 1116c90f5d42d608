package com.kamplanner.web.security.directory;

import com.kamplanner.people.DirectoryAccounts;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Settings;
import com.kamplanner.web.security.LoginProblem;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The corporate directory as an identity store, asked before the local accounts. Its answers: a name the
 * directory does not know is left to the local accounts (not validated); a wrong password, or a person in no
 * mapped group, is refused (invalid); a directory that does not answer is left to the local accounts and noted
 * for the login page. A person who signs in gets a local row (see {@link DirectoryAccounts}) and the roles of
 * their groups. Passwords are never logged.
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    static final int PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());

    @Inject
    LoginProblem problem;

    @Inject
    DirectoryAccounts accounts;

    @Inject
    DirectoryChecks checks;

    private DirectorySettings settings;
    private CorporateDirectory directory;
    private boolean misconfigured;

    @PostConstruct
    void readSettings() {
        try {
            settings = DirectorySettings.from(Settings::get).orElse(null);
        } catch (IllegalArgumentException e) {
            misconfigured = true;
            LOG.severe("Directory login is configured but cannot start: " + e.getMessage()
                    + ". Only local accounts can sign in.");
            return;
        }
        if (settings != null) {
            directory = new CorporateDirectory(settings);
            LOG.info("Directory login is on: " + settings);
            if (settings.roles().isEmpty()) {
                LOG.warning(DirectorySettings.ROLES + " maps no group: no directory user will get a role.");
            }
        }
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (misconfigured) {
            checks.failed("misconfigured");
            note(LoginProblem.Kind.DIRECTORY_UNREACHABLE);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (directory == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        CorporateDirectory.Answer answer;
        try {
            answer = directory.authenticate(login.getCaller(), login.getPassword().getValue());
            checks.answered();
        } catch (DirectoryUnreachableException e) {
            LOG.log(Level.WARNING, e.getMessage());
            checks.failed(e.getMessage());
            note(LoginProblem.Kind.DIRECTORY_UNREACHABLE);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return switch (answer.verdict()) {
            case UNKNOWN_USER -> CredentialValidationResult.NOT_VALIDATED_RESULT;
            case AMBIGUOUS_USER -> {
                LOG.warning("Directory login refused: the user filter finds several entries for '"
                        + login.getCaller() + "'");
                yield CredentialValidationResult.INVALID_RESULT;
            }
            case WRONG_PASSWORD -> CredentialValidationResult.INVALID_RESULT;
            case AUTHENTICATED -> signIn(answer.user());
        };
    }

    private CredentialValidationResult signIn(DirectoryUser user) {
        Set<Role> roles = settings.roles().rolesOf(user.groupDns());
        if (roles.isEmpty()) {
            LOG.info(() -> "Directory login refused: " + user.dn() + " is in no group mapped to a role");
            note(LoginProblem.Kind.NO_ROLE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        try {
            if (!accounts.mirror(user.username(), displayName(user), email(user), roles)) {
                LOG.info(() -> "Directory login refused: the account " + user.username() + " is disabled here");
                return CredentialValidationResult.INVALID_RESULT;
            }
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Directory login refused: " + user.dn() + " cannot be kept as user '"
                    + user.username() + "'", e);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.username(),
                roles.stream().map(Role::roleName).collect(Collectors.toSet()));
    }

    /** For the login page; a caller outside a request (none today) simply gets no explanation. */
    private void note(LoginProblem.Kind kind) {
        try {
            problem.report(kind);
        } catch (ContextNotActiveException outsideARequest) {
            LOG.fine(() -> "No request to note " + kind + " in");
        }
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    private static String displayName(DirectoryUser user) {
        String name = user.displayName() == null ? user.username() : user.displayName().trim();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    /** Only an address the local row accepts; a missing one is fine. */
    private static String email(DirectoryUser user) {
        String mail = user.email();
        return mail != null && mail.length() <= 200 && mail.matches("[^@\\s]+@[^@\\s]+") ? mail : null;
    }
}
