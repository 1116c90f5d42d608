/** The Key Account programme as a whole: the settings the KA Director sets for every account and KAM. */
package com.kamplanner.programme;
