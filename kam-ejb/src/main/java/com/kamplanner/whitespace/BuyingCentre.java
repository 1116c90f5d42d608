package com.kamplanner.whitespace;

import com.kamplanner.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A business unit, site or function of the customer that buys on its own: a column of the account's whitespace
 * map. Kept with the map, as the Database's template knows only the purchasing organisation's kind.
 */
@Entity
@Table(name = "buying_centre")
@NamedQuery(name = BuyingCentre.OF_ACCOUNT,
        query = "select b from BuyingCentre b where b.account.id = :account order by b.position, b.id")
public class BuyingCentre implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ACCOUNT = "BuyingCentre.ofAccount";

    @Id
    @SequenceGenerator(name = "buying_centre_seq", sequenceName = "buying_centre_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "buying_centre_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false)
    private int position;

    @NotBlank(message = "{whitespace.centre.required}")
    @Size(max = 120, message = "{whitespace.centre.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @Version
    private long version;

    protected BuyingCentre() {
    }

    public BuyingCentre(Account account, int position, String name) {
        this.account = account;
        this.position = position;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return account.getId();
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
