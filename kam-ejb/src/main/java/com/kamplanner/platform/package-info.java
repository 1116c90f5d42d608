/**
 * What every feature stands on: the Flyway schema migration that runs before anything touches the database,
 * the runtime settings, the typed business errors that the web layer turns into messages, the application's
 * metrics, {@link com.kamplanner.platform.Download} (the one value every export returns), and the one lifecycle
 * (draft, active, archived) with its numbering and activation that every versioned artefact shares, and
 * {@link com.kamplanner.platform.Formats}, the one way figures and dates read in English and French.
 */
package com.kamplanner.platform;
