/**
 * The web module: JSF pages, their backing beans and the REST API, in the feature packages of kam-ejb
 * ({@code com.kamplanner.<feature>} ↔ {@code com.kamplanner.web.<feature>}); each package's own {@code package-info}
 * says more. Where the web departs from that mapping:
 * <ul>
 *   <li>{@code library} is the web side of kam-ejb {@code bestpractice} (its pages live under {@code /library});</li>
 *   <li>{@code executive} also holds the priorities pages of kam-ejb {@code priority}, and {@code account} the
 *       sponsorship board of kam-ejb {@code sponsorship}, because the pages sit in those menus;</li>
 *   <li>{@code segmentation} holds the page that edits kam-ejb {@code programme}'s settings;</li>
 *   <li>{@code congruence}, {@code conflict} and {@code improvement} serve pages under {@code /programme/*}: the URL
 *       is the KA Director's menu, the package is the feature;</li>
 *   <li>{@code workspace} is the web side of kam-ejb {@code workspace}: the account header every page of an account
 *       includes, whatever feature the page belongs to;</li>
 *   <li>{@code home}, {@code navigation} (the menu), {@code security} (and {@code security.directory}),
 *       {@code i18n}, {@code faces} (messages, business errors and the one way a {@code Download} is served),
 *       {@code api} and {@code operations} are shared by every page and endpoint and have no kam-ejb twin.</li>
 * </ul>
 */
package com.kamplanner.web;
