/**
 * The Key Account Plan, third supporting document and deliverable of Key Account Planning: a rolling plan per key
 * account in numbered versions (working, submitted, approved or returned with comments, superseded) that the KA
 * Director reviews, assembled from the Key Account Database and the strategy, with approved versions kept as
 * immutable JSON snapshots; the follow-up of the action plans over time (status updates, comments, indicator
 * actuals); the comparison of two versions; and its PDF and Word output.
 */
package com.kamplanner.plan;
