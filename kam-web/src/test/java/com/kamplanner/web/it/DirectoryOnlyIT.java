package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directory mode with local accounts switched off ({@code kam.ldap.local-users=false}), on its own Payara Micro
 * (the second failsafe run of {@code -Pldap}): the directory signs people in, the local accounts no longer do,
 * not even the administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryOnlyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void directoryUsersStillSignIn() throws Exception {
        HttpResponse<String> me = new Browserless(base).getWithBasic("api/me", "kevin.kam", TestDirectory.PASSWORD);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"roles\":[\"KAM\"]"), me.body());
    }

    @Test
    void localAccountsNoLongerSignIn() throws Exception {
        assertEquals(401, new Browserless(base).getWithBasic("api/me", "admin", DEMO_PASSWORD).statusCode());
        HttpResponse<String> login = new Browserless(base).login("emma.kam", DEMO_PASSWORD);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains(DirectoryLoginIT.WRONG_PASSWORD), login.body());
    }
}
