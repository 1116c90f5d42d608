package com.kamplanner.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The constant names of every enumeration of the application (kam-ejb and kam-web), read from the compiled classes:
 * the words a page must never show as they are, since each has a label in the bundles. Acronyms that are the
 * domain's own words (KAM, CRM, the currency codes) are not codes to translate.
 */
final class EnumCodes {

    /** Enum constants that are also words of the glossary or ISO codes, shown as they are in both languages. */
    private static final Set<String> WORDS = Set.of("KAM", "CRM", "EUR", "USD", "GBP", "CHF", "TOWS", "SWOT", "PDF",
            "DOCX", "XLSX", "PPTX", "CSV", "API", "KPI", "CEO", "RFP", "OK");

    private EnumCodes() {
    }

    static Set<String> ofTheApplication() {
        Set<String> codes = new TreeSet<>();
        for (Class<?> anchor : new Class<?>[] {com.kamplanner.platform.Lifecycle.class,
                com.kamplanner.web.security.Caller.class}) {
            codes.addAll(codesBeside(anchor));
        }
        codes.removeIf(code -> code.length() < 3 || WORDS.contains(code));
        return codes;
    }

    private static Set<String> codesBeside(Class<?> anchor) {
        Set<String> codes = new TreeSet<>();
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                collect(location, codes);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                    collect(jar.getPath("/"), codes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    private static void collect(Path root, Set<String> codes) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.startsWith("com/kamplanner/") && name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .forEach(name -> addConstants(name, codes));
        }
    }

    private static void addConstants(String className, Set<String> codes) {
        try {
            Class<?> type = Class.forName(className, false, EnumCodes.class.getClassLoader());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    codes.add(((Enum<?>) constant).name());
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // A class that needs what the client side lacks holds no enum the pages show: skip it.
        }
    }
}
