/**
 * The executive sponsorship programme: the sponsor meetings an executive logs on the key accounts they sponsor,
 * and the board that shows, per sponsor, each account's last meeting and where its Key Account Plan stands. Who
 * sponsors which account is set in {@code segmentation.AssignmentService}.
 */
package com.kamplanner.sponsorship;
