package com.kamplanner.web.security.directory;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * The conversation with the directory, in plain JNDI so that it runs on any Jakarta EE server: bind as the
 * service account, find the one entry for the login name, bind as that entry with the typed password, then read
 * its groups. Connections are short-lived and time out quickly, so a dead directory costs seconds, not minutes.
 */
public class CorporateDirectory {

    /** What the directory says about a login name and password. */
    public enum Verdict { UNKNOWN_USER, AMBIGUOUS_USER, WRONG_PASSWORD, AUTHENTICATED }

    /** The verdict and, when authenticated, the user. */
    public record Answer(Verdict verdict, DirectoryUser user) {
        static Answer of(Verdict verdict) {
            return new Answer(verdict, null);
        }
    }

    private final DirectorySettings settings;

    public CorporateDirectory(DirectorySettings settings) {
        this.settings = settings;
    }

    public Answer authenticate(String loginName, char[] password) throws DirectoryUnreachableException {
        DirContext service = connect(settings.bindDn(), settings.bindPassword(), "the service account");
        try {
            SearchResult entry;
            try {
                entry = findUser(service, loginName);
            } catch (SizeLimitExceededException e) {
                return Answer.of(Verdict.AMBIGUOUS_USER);
            }
            if (entry == null) {
                return Answer.of(Verdict.UNKNOWN_USER);
            }
            String dn = entry.getNameInNamespace();
            if (password.length == 0 || !passwordMatches(dn, password)) {
                return Answer.of(Verdict.WRONG_PASSWORD);
            }
            Attributes attributes = entry.getAttributes();
            String username = firstValue(attributes, settings.usernameAttribute());
            username = (username == null ? loginName : username).toLowerCase(Locale.ROOT);
            String displayName = firstValue(attributes, "displayName");
            if (displayName == null) {
                displayName = firstValue(attributes, "cn");
            }
            List<String> groups = settings.searchesGroups() ? searchGroups(service, dn, loginName)
                    : allValues(attributes, "memberOf");
            return new Answer(Verdict.AUTHENTICATED,
                    new DirectoryUser(dn, username, displayName, firstValue(attributes, "mail"), groups));
        } catch (NamingException e) {
            throw new DirectoryUnreachableException("The directory failed during the search: " + e, e);
        } finally {
            close(service);
        }
    }

    private SearchResult findUser(DirContext service, String loginName) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(2);
        controls.setTimeLimit(settings.readTimeoutMillis());
        controls.setReturningAttributes(new String[] {settings.usernameAttribute(), "displayName", "cn", "mail",
                "memberOf"});
        List<SearchResult> found = new ArrayList<>();
        NamingEnumeration<SearchResult> results = service.search(settings.userBase(),
                LdapFilter.format(settings.userFilter(), loginName), controls);
        try {
            while (results.hasMore()) {
                found.add(results.next());
            }
        } catch (PartialResultException referralsLeftUnfollowed) {
            // Active Directory answers a search from the domain root with referrals; the entries found are complete.
        } finally {
            results.close();
        }
        if (found.size() > 1) {
            throw new SizeLimitExceededException("more than one entry for the login name");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private boolean passwordMatches(String dn, char[] password) throws DirectoryUnreachableException {
        DirContext asUser;
        try {
            asUser = connect(dn, new String(password));
        } catch (AuthenticationException wrongPassword) {
            return false;
        } catch (NamingException e) {
            throw new DirectoryUnreachableException("The directory failed during the user's bind: " + e, e);
        }
        close(asUser);
        return true;
    }

    private List<String> searchGroups(DirContext service, String userDn, String loginName) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setTimeLimit(settings.readTimeoutMillis());
        controls.setReturningAttributes(new String[0]);
        List<String> groups = new ArrayList<>();
        NamingEnumeration<SearchResult> results = service.search(settings.groupBase(),
                LdapFilter.format(settings.groupFilter(), userDn, loginName), controls);
        try {
            while (results.hasMore()) {
                groups.add(results.next().getNameInNamespace());
            }
        } catch (PartialResultException referralsLeftUnfollowed) {
            // as in findUser
        } finally {
            results.close();
        }
        return groups;
    }

    private DirContext connect(String dn, String password, String who) throws DirectoryUnreachableException {
        try {
            return connect(dn, password);
        } catch (AuthenticationException e) {
            throw new DirectoryUnreachableException("The directory refused " + who + " " + dn, e);
        } catch (NamingException e) {
            throw new DirectoryUnreachableException("The directory at " + settings.url() + " cannot be reached: " + e,
                    e);
        }
    }

    private DirContext connect(String dn, String password) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("com.sun.jndi.ldap.connect.timeout", Integer.toString(settings.connectTimeoutMillis()));
        environment.put("com.sun.jndi.ldap.read.timeout", Integer.toString(settings.readTimeoutMillis()));
        if (dn == null) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, dn);
            environment.put(Context.SECURITY_CREDENTIALS, password);
        }
        return new InitialDirContext(environment);
    }

    private static String firstValue(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        Object value = attribute == null || attribute.size() == 0 ? null : attribute.get();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static List<String> allValues(Attributes attributes, String name) throws NamingException {
        List<String> values = new ArrayList<>();
        Attribute attribute = attributes.get(name);
        if (attribute != null) {
            NamingEnumeration<?> all = attribute.getAll();
            while (all.hasMore()) {
                values.add(all.next().toString());
            }
        }
        return values;
    }

    private static void close(DirContext context) {
        try {
            context.close();
        } catch (NamingException ignored) {
            // the connection is going away either way
        }
    }
}
