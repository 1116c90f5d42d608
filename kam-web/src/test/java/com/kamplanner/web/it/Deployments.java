package com.kamplanner.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the in-container and HTTP tests deploy: the real self-contained WAR the build just produced, so
 * that the tests exercise exactly what ships, plus the test classes.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The product WAR as built ({@code target/kam.war}). */
    public static WebArchive productWar() {
        File war = new File(System.getProperty("kam.war", "target/kam.war"));
        return ShrinkWrap.create(ZipImporter.class, "kam.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The product WAR plus test classes that run inside the server. Two test-only changes: Arquillian's runner
     * servlet joins the public constraint of web.xml, and the test-only {@link AsAdministrator} bean runs as the
     * principal {@code it-admin}, which holds the ADMIN role ({@link AsDirector}: {@code it-director}, KA_DIRECTOR;
     * both always included, because the EJB descriptor that names them refuses a deployment without them).
     */
    public static WebArchive inContainer(Class<?>... testClasses) {
        WebArchive war = productWar();
        String webXml = read(war, "WEB-INF/web.xml").replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        String roleMapping = read(war, "WEB-INF/glassfish-web.xml").replace(
                "<role-name>ADMIN</role-name>", "<role-name>ADMIN</role-name><principal-name>it-admin</principal-name>")
                .replace("<role-name>KA_DIRECTOR</role-name>",
                        "<role-name>KA_DIRECTOR</role-name><principal-name>it-director</principal-name>");
        war.delete("WEB-INF/web.xml");
        war.delete("WEB-INF/glassfish-web.xml");
        war.setWebXML(new StringAsset(webXml));
        war.addAsWebInfResource(new StringAsset(roleMapping), "glassfish-web.xml");
        war.addAsWebInfResource("it-descriptors/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        war.addClasses(testClasses);
        war.addClasses(AsAdministrator.class, AsDirector.class);
        return war;
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
