/**
 * What every chart of the product shares: its look (no animation, readable text, a colour-blind-safe palette), titled
 * axes and values on the bars and points, and the table that stands in for the canvas ({@code kam:chart}).
 */
package com.kamplanner.web.chart;
