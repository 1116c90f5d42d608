/**
 * The programme's culture on the web (issue 19, section 3): {@code culture/index.xhtml} ({@link
 * com.kamplanner.web.culture.CulturePage}), the home page's news ({@link com.kamplanner.web.culture.ProgrammeNews}),
 * and {@code /api/programme/messages} and {@code /api/programme/recognitions}; what each person may read and
 * publish is decided by {@link com.kamplanner.culture.CultureRules}.
 */
package com.kamplanner.web.culture;
