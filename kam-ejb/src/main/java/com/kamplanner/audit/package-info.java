/** Who changed what and when: an append-only trail that every feature writes to and administrators read. */
package com.kamplanner.audit;
