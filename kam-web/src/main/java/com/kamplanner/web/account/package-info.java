/** Account pages: one account's key fields and its selection scores, under the programme's visibility rule. */
package com.kamplanner.web.account;
