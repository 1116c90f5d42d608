/**
 * The demo company: a small, plausible Key Account programme seeded at start-up when demo mode is on, so that
 * a fresh run has people to log in as and accounts to look at.
 */
package com.kamplanner.demo;
