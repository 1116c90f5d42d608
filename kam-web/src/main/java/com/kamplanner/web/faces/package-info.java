/**
 * What every page shares: faces messages by bundle key, business errors turned into messages in one place, and
 * {@link com.kamplanner.web.faces.DownloadResponse}, the one way a page, a servlet or the API serves a file.
 */
package com.kamplanner.web.faces;
