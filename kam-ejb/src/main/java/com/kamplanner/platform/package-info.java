/**
 * What every feature stands on: the Flyway schema migration that runs before anything touches the database,
 * the runtime settings, the typed business errors that the web layer turns into messages, the application's
 * metrics, and {@link com.kamplanner.platform.Download}, the one value every export returns.
 */
package com.kamplanner.platform;
