package com.kamplanner.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the resources of every feature package under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
