/**
 * The KA Director's conflict register: potential conflicts between key accounts (two accounts competing for the
 * same scarce resource), between functions (a function not delivering on an action plan) or between levels,
 * moved forward only, from open to in mediation to resolved, and never resolved without a resolution note.
 * {@link com.kamplanner.conflict.ConflictService} holds the rules; {@link com.kamplanner.conflict.ConflictRules}
 * the pure part of them, tested without a server.
 */
package com.kamplanner.conflict;
