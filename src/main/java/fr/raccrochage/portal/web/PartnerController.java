package fr.raccrochage.portal.web;

import fr.raccrochage.partners.FeedbackRule;
import fr.raccrochage.partners.FeedbackStatus;
import fr.raccrochage.portal.Account;
import fr.raccrochage.portal.PartnerSpace;
import fr.raccrochage.portal.PartnerSpace.Download;
import fr.raccrochage.portal.PortalRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's pages. The partner is always the logged-in account's: no page takes a partner id.
 * A young person is named in URLs by its case's ID_APPEL only; searches are posted, so names never
 * reach a URL or a log.
 */
@Controller
@ConditionalOnWebApplication
class PartnerController {

    private final CurrentAccount current;
    private final PartnerSpace space;

    PartnerController(CurrentAccount current, PartnerSpace space) {
        this.current = current;
        this.space = space;
    }

    @GetMapping("/partenaire")
    String list(@RequestParam(defaultValue = "1") int page, Authentication authentication, Model model) {
        Account account = current.of(authentication);
        return listPage(account, null, page - 1, model);
    }

    @PostMapping("/partenaire/recherche")
    String search(@RequestParam(defaultValue = "") String recherche, Authentication authentication, Model model) {
        Account account = current.of(authentication);
        return listPage(account, recherche.length() > 100 ? recherche.substring(0, 100) : recherche, 0, model);
    }

    private String listPage(Account account, String search, int page, Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("compte", account);
        PartnerSpace.ReferralPage referrals = space.referrals(account, search, page);
        model.addAttribute("liste", referrals);
        model.addAttribute("lignes", referrals.lines().stream().map(line -> ListRow.of(line, today)).toList());
        model.addAttribute("recherche", search == null ? "" : search);
        return "partenaire-liste";
    }

    @GetMapping("/partenaire/jeunes/{idAppel}")
    String youngPerson(@PathVariable String idAppel, Authentication authentication, Model model) {
        Account account = current.of(authentication);
        return youngPersonPage(account, idAppel, model);
    }

    private String youngPersonPage(Account account, String idAppel, Model model) {
        model.addAttribute("compte", account);
        model.addAttribute("fiche", space.youngPerson(account, idAppel));
        model.addAttribute("libelles", ExportLabels.INSTANCE);
        model.addAttribute("statuts", FeedbackStatus.values());
        model.addAttribute("aujourdhui", LocalDate.now());
        return "partenaire-jeune";
    }

    @PostMapping("/partenaire/jeunes/{idAppel}/retour")
    String feedback(@PathVariable String idAppel, @RequestParam(defaultValue = "") String statut,
            @RequestParam(defaultValue = "") String date, Authentication authentication, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        Account account = current.of(authentication);
        try {
            FeedbackRule.Recorded recorded = space.recordFeedback(account, idAppel, statut, date, LocalDate.now(),
                    LocalDateTime.now());
            redirect.addFlashAttribute("info", recorded == FeedbackRule.Recorded.STORED
                    ? "Retour enregistré." : "Ce retour était déjà enregistré : rien n'a été ajouté.");
            return "redirect:/partenaire/jeunes/" + idAppel;
        } catch (PortalRefusal refusal) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("erreur", refusal.getMessage() + " Rien n'a été enregistré.");
            model.addAttribute("statutSaisi", statut);
            model.addAttribute("dateSaisie", date);
            return youngPersonPage(account, idAppel, model);
        }
    }

    @GetMapping("/partenaire/export")
    ResponseEntity<byte[]> export(Authentication authentication) {
        Download download = space.export(current.of(authentication), LocalDate.now());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(download.content());
    }

    /** The same export in an AES-256 zip archive, opened with the partner's passphrase (given by the Region). */
    @GetMapping("/partenaire/export/archive")
    ResponseEntity<byte[]> exportArchive(Authentication authentication) {
        Download download = space.exportArchive(current.of(authentication), LocalDate.now());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("application", "zip"))
                .body(download.content());
    }

    @GetMapping("/partenaire/chiffres")
    String figures(Authentication authentication, Model model) {
        Account account = current.of(authentication);
        model.addAttribute("compte", account);
        model.addAttribute("chiffres", space.figures(account));
        model.addAttribute("pourcent", new RegionController.Percent());
        return "partenaire-chiffres";
    }
}
