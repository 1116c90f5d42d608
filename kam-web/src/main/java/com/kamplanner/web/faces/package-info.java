/** What every page shares: faces messages by bundle key, and business errors turned into messages in one place. */
package com.kamplanner.web.faces;
