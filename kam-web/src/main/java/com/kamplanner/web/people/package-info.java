/** Pages and endpoints about people: the caller's own identity, and user administration for admins. */
package com.kamplanner.web.people;
