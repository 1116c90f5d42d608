/**
 * The application's menu: five groups (my work, accounts, programme, people, settings), the pages in each and who
 * sees them, and which group holds the page being shown, so the header highlights where the reader is.
 */
package com.kamplanner.web.navigation;
