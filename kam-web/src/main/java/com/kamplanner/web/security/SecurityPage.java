package com.kamplanner.web.security;

import com.kamplanner.platform.Settings;
import com.kamplanner.programme.ProgrammeSettings;
import com.kamplanner.security.Block;
import com.kamplanner.security.DirectoryCheck;
import com.kamplanner.security.SecurityEvent;
import com.kamplanner.security.SecurityEvents;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs {@code admin/security.xhtml}: the blocks that hold, with a button to lift one; the logins refused in the
 * last 24 hours; the directory's last check in directory mode; and login throttling's settings. The rules and the
 * rights (administrators only) are the services'; this bean holds page state.
 */
@Named
@ViewScoped
public class SecurityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityEvents events;

    @Inject
    ProgrammeSettings programme;

    @Inject
    PageMessages messages;

    private List<Block> blocks;
    private List<SecurityEvent> refusals;
    private DirectoryCheck lastCheck;
    private final ThrottlingForm throttling = new ThrottlingForm();

    @PostConstruct
    void load() {
        blocks = events.activeBlocks();
        refusals = events.refusals(Instant.now().minus(SecurityEvents.RECENT));
        lastCheck = events.lastDirectoryCheck().orElse(null);
        throttling.show(programme.throttling());
    }

    public void lift(Block block) {
        events.lift(block.scope(), block.subject());
        messages.info("security.lifted", block.subject());
        load();
    }

    public void saveThrottling() {
        programme.setThrottling(throttling.settings());
        messages.info("security.throttling.saved");
        load();
    }

    public List<Block> getBlocks() {
        return blocks;
    }

    public List<SecurityEvent> getRefusals() {
        return refusals;
    }

    public DirectoryCheck getLastCheck() {
        return lastCheck;
    }

    /** The directory's check is shown in directory mode only. */
    public boolean isDirectoryOn() {
        return Settings.get(Settings.DIRECTORY_URL).isPresent();
    }

    public ThrottlingForm getThrottling() {
        return throttling;
    }
}
