/**
 * The executive's view of the whole Key Account programme: the portfolio at a glance (key accounts, revenue
 * targets against actuals and plan standing per segment and per KAM, all rolled up in the database), the
 * programme's investment lines the executive approves, the people figures in aggregate only, and their exports.
 */
package com.kamplanner.executive;
