/**
 * The executive's pages ({@code /executive/*}): corporate strategic priorities and the strategic objectives that
 * serve them, the portfolio at a glance, the programme's investments and the aggregate people figures. C-level
 * aligns the Key Account programme with corporate strategy here; the KA Director sees the same pages.
 */
package com.kamplanner.web.executive;
