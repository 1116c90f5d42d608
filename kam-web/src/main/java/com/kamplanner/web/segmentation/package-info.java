/** The KA Director's segment settings page. */
package com.kamplanner.web.segmentation;
