package com.pingyi.evaluation.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Permissions are checked in the application layer: a use case whose method declares neither
 * {@code @RolesAllowed} nor {@code @PermitAll} would be open to anybody signed in, so it fails here.
 */
class UseCasePermissionsDeclaredTest {

    @Test
    void every_use_case_method_declares_who_may_call_it() throws Exception {
        List<Class<?>> useCases = useCaseInterfaces();
        assertThat(useCases).isNotEmpty();
        for (Class<?> useCase : useCases) {
            for (Method method : useCase.getDeclaredMethods()) {
                if (method.isSynthetic() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                assertThat(method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class))
                        .as("%s.%s declares @RolesAllowed or @PermitAll", useCase.getSimpleName(), method.getName())
                        .isTrue();
            }
        }
    }

    @Test
    void role_names_on_the_use_cases_are_the_domain_roles() {
        assertThat(Stream.of(Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT, Roles.AUDITOR, Roles.SYSTEM))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    private static List<Class<?>> useCaseInterfaces() throws IOException, URISyntaxException {
        Path root = Path.of(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("UseCase.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(UseCasePermissionsDeclaredTest::load)
                    .filter(Class::isInterface)
                    .<Class<?>>map(c -> c)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
