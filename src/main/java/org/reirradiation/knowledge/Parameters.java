package org.reirradiation.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reirradiation.model.ParameterOverride;

/** The parameters in force: the table's values with a centre's overrides applied. Immutable. */
public final class Parameters {

    private final Map<String, Parameter> inForce;
    private final List<ParameterOverride> overrides;

    Parameters(Map<String, Parameter> defaults, Map<String, Parameter> overridden) {
        Map<String, Parameter> merged = new LinkedHashMap<>(defaults);
        merged.putAll(overridden);
        this.inForce = Collections.unmodifiableMap(merged);
        List<ParameterOverride> list = new ArrayList<>();
        overridden.values().forEach(p -> list.add(new ParameterOverride(p.key(), p.text(),
                defaults.get(p.key()).text(), p.unit())));
        list.sort(java.util.Comparator.comparing(ParameterOverride::key));
        this.overrides = List.copyOf(list);
    }

    /** The parameter of that key; throws for a key the table does not hold. */
    public Parameter get(String key) {
        Parameter parameter = inForce.get(key);
        if (parameter == null) {
            throw new IllegalArgumentException("unknown parameter " + key);
        }
        return parameter;
    }

    public boolean contains(String key) {
        return inForce.containsKey(key);
    }

    /** The value in force, or null when the parameter is empty or unknown. */
    public Double value(String key) {
        Parameter parameter = inForce.get(key);
        return parameter == null ? null : parameter.value();
    }

    public Collection<Parameter> all() {
        return inForce.values();
    }

    public List<ParameterOverride> overrides() {
        return overrides;
    }

    public boolean isOverridden(String key) {
        return overrides.stream().anyMatch(o -> o.key().equals(key));
    }
}
