package com.kamplanner.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareOfWalletTest {

    @Test
    void isOurSalesOverTheSpendAsAFractionToFourDecimals() {
        assertEquals(new BigDecimal("0.2500"), ShareOfWallet.of(new BigDecimal("250"), new BigDecimal("1000")));
        assertEquals(new BigDecimal("0.3333"), ShareOfWallet.of(new BigDecimal("1"), new BigDecimal("3")));
        assertEquals(new BigDecimal("0.1235"), ShareOfWallet.of(new BigDecimal("12345"), new BigDecimal("100000")),
                "half a ten-thousandth rounds up");
    }

    @Test
    void isUnknownWithoutBothFiguresOrWithoutAPositiveSpend() {
        assertNull(ShareOfWallet.of(null, new BigDecimal("1000")));
        assertNull(ShareOfWallet.of(new BigDecimal("250"), null));
        assertNull(ShareOfWallet.of(new BigDecimal("250"), BigDecimal.ZERO));
        assertNull(ShareOfWallet.of(new BigDecimal("250"), new BigDecimal("-1000")),
                "a negative spend is a data error, not a negative share");
    }

    @Test
    void readsAnAccountsOwnFigures() {
        Account account = new Account("Wallet Aerospace", "Aerospace", "FR");
        account.setOurSalesLast12Months(new BigDecimal("19"));
        account.setTotalCategorySpend(new BigDecimal("100"));
        assertEquals(new BigDecimal("0.1900"), ShareOfWallet.of(account));
    }
}
