package fr.raccrochage.portal.web;

import fr.raccrochage.partners.FeedbackReportService;
import fr.raccrochage.portal.Account;
import fr.raccrochage.portal.AccountService;
import fr.raccrochage.portal.RegionView;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Region's read-only pages (roles REGION and ADMIN), and the account list (ADMIN). */
@Controller
@ConditionalOnWebApplication
class RegionController {

    private final CurrentAccount current;
    private final RegionView region;
    private final AccountService accounts;

    RegionController(CurrentAccount current, RegionView region, AccountService accounts) {
        this.current = current;
        this.region = region;
        this.accounts = accounts;
    }

    @GetMapping("/region")
    String progress(Authentication authentication, Model model) {
        Account account = current.of(authentication);
        model.addAttribute("compte", account);
        model.addAttribute("avancement", region.progress(LocalDate.now()));
        model.addAttribute("pourcent", new Percent());
        return "region";
    }

    @GetMapping("/region/retards")
    String overdue(Authentication authentication, Model model) {
        Account account = current.of(authentication);
        model.addAttribute("compte", account);
        model.addAttribute("retards", region.overdueShown(account, LocalDate.now()));
        return "region-retards";
    }

    @GetMapping("/admin/comptes")
    String accounts(Authentication authentication, Model model) {
        model.addAttribute("compte", current.of(authentication));
        model.addAttribute("comptes", accounts.all());
        return "admin-comptes";
    }

    /** "41,0 %" in templates. */
    public static final class Percent {
        public String of(double share) {
            return FeedbackReportService.percent(share);
        }
    }
}
