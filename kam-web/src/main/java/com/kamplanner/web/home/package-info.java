/**
 * The home page: what needs the caller (their work list, action plans updated in place), the role cards of the
 * roles whose work is not listed yet, and their accounts.
 */
package com.kamplanner.web.home;
