/** What every chart of the product shares: its look (no animation, readable text, a colour-blind-safe palette). */
package com.kamplanner.web.chart;
