package com.kamplanner.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One programme-wide setting by name (a KAM's capacity, the matrix thresholds), stored as text. */
@Entity
@Table(name = "programme_setting")
public class ProgrammeSetting implements java.io.Serializable {

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "val", nullable = false, length = 200)
    private String value;

    @Version
    private long version;

    protected ProgrammeSetting() {
    }

    public ProgrammeSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public long getVersion() {
        return version;
    }
}
