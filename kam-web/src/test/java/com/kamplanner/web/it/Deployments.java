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
     * servlet joins the public constraint of web.xml, and the test-only run-as beans ({@link AsAdministrator},
     * {@link AsDirector}, {@link AsExecutive}, {@link AsKam}, {@link AsOtherKam}, {@link AsHr},
     * {@link AsTeamMember}, {@link AsPartner}) run as principals that hold their role.
     */
    public static WebArchive inContainer(Class<?>... testClasses) {
        WebArchive war = productWar();
        String webXml = read(war, "WEB-INF/web.xml").replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        String roleMapping = read(war, "WEB-INF/glassfish-web.xml")
                .replace("<role-name>ADMIN</role-name>", "<role-name>ADMIN</role-name><principal-name>it-admin</principal-name>")
                .replace("<role-name>KA_DIRECTOR</role-name>",
                        "<role-name>KA_DIRECTOR</role-name><principal-name>david.kad</principal-name>")
                .replace("<role-name>EXECUTIVE</role-name>",
                        "<role-name>EXECUTIVE</role-name><principal-name>claire.exec</principal-name>")
                .replace("<role-name>KAM</role-name>",
                        "<role-name>KAM</role-name><principal-name>emma.kam</principal-name><principal-name>lucas.kam</principal-name>")
                .replace("<role-name>HR</role-name>", "<role-name>HR</role-name><principal-name>hana.hr</principal-name>")
                .replace("<role-name>TEAM_MEMBER</role-name>",
                        "<role-name>TEAM_MEMBER</role-name><principal-name>tom.team</principal-name>"
                                + "<principal-name>paul.partner</principal-name>");
        war.delete("WEB-INF/web.xml");
        war.delete("WEB-INF/glassfish-web.xml");
        war.setWebXML(new StringAsset(webXml));
        war.addAsWebInfResource(new StringAsset(roleMapping), "glassfish-web.xml");
        war.addAsWebInfResource("it-descriptors/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        war.addClasses(testClasses);
        // Every run-as bean named by it-descriptors/glassfish-ejb-jar.xml must be in the archive.
        war.addClasses(AsAdministrator.class, AsDirector.class, AsExecutive.class, AsKam.class, AsOtherKam.class,
                AsHr.class, AsTeamMember.class, AsPartner.class, Deployments.class, Browserless.class,
                ContainerTests.class, SubmittablePlans.class, CapturedLog.class);
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
