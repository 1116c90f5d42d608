/**
 * What every feature stands on: the Flyway schema migration that runs before anything touches the database,
 * the runtime settings, and the typed business errors that the web layer turns into messages.
 */
package com.kamplanner.platform;
