/**
 * The MicroProfile adapters: optional at class-loading level. Each class here imports MicroProfile and nothing in
 * the rest of the application imports these classes; on a Jakarta EE server without MicroProfile (WildFly's
 * full profile, Open Liberty without the feature) they cannot load, CDI skips them, and the application's own
 * {@code /health} and {@code /metrics} answer the same. Where the server has MicroProfile, they feed its
 * Health checks and Metrics registry too.
 */
package com.kamplanner.platform.microprofile;
