package com.pingyi.evaluation.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every architecture rule of the project, by field name, read from the boundary classes. */
final class ArchitectureRules {

    static final List<Class<?>> BOUNDARIES = List.of(
            DomainBoundaryTest.class, ApplicationBoundaryTest.class, UiBoundaryTest.class, PersistenceBoundaryTest.class,
            DocumentsBoundaryTest.class,
            TransferBoundaryTest.class,
            FilesBoundaryTest.class);

    private ArchitectureRules() {
    }

    static Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        for (Class<?> boundary : BOUNDARIES) {
            Arrays.stream(boundary.getDeclaredFields())
                    .filter(f -> f.isAnnotationPresent(ArchTest.class) && Modifier.isStatic(f.getModifiers()))
                    .forEach(f -> rules.put(f.getName(), read(f)));
        }
        return rules;
    }

    private static ArchRule read(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
