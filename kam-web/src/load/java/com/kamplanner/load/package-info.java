/**
 * The load test over HTTP (Gatling, Java DSL; profile {@code -Pload} of kam-web): one simulation, a journey per
 * role that logs in through the login form and carries the JSF view state as a browser does, and the settings that
 * make it the CI smoke, the 50-user benchmark or the soak. docs/performance.md has the commands and the figures.
 */
package com.kamplanner.load;
