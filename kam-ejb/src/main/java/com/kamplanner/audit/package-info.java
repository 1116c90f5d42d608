/**
 * Who changed what and when: an append-only trail that every feature writes to and administrators read. Exports
 * write it through {@link com.kamplanner.audit.ExportTrail}, which also counts them: their action is always
 * {@code <feature>.<document>.exported}.
 */
package com.kamplanner.audit;
