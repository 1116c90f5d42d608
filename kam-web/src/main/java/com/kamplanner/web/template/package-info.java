/** The KA Director's pages for document templates: versions, drafts, activation, and the required level per segment. */
package com.kamplanner.web.template;
