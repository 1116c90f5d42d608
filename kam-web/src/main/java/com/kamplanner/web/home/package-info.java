/** The home page: for each of the caller's roles, what that role does in the programme, and where to start. */
package com.kamplanner.web.home;
