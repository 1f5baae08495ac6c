<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../ui/window/account_actions.py" line="55"/>
        <location filename="../../ui/window/account_actions.py" line="109"/>
        <source>&amp;Use next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="57"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="63"/>
        <source>Mark u&amp;nused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="65"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="70"/>
        <source>&amp;Delete account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="72"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="60"/>
        <source>&amp;Mark used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="67"/>
        <source>No&amp;tes and warning threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="109"/>
        <source>Copy the &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="261"/>
        <source>Delete account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="262"/>
        <source>Delete “%1” and all its codes from the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="266"/>
        <source>You can undo this (Edit ▸ Undo, Ctrl+Z) until you close the window or the vault locks. After that the codes are gone from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="269"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="270"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="269"/>
        <source>Delete the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="270"/>
        <source>Keep it, do not delete the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountChecklist</name>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="66"/>
        <source>Press Space to tick or untick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="81"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="82"/>
        <source>Select all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="84"/>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="85"/>
        <source>Select none of the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="106"/>
        <source>&amp;Only “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="108"/>
        <source>Only “%1”, untick the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="121"/>
        <source>no codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="123"/>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="125"/>
        <source>%1 of %2 unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="172"/>
        <source>%1 of %2 accounts selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCodesModel</name>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="127"/>
        <source>Code hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="128"/>
        <source>Code hidden, ends in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="147"/>
        <source>Reusable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="149"/>
        <source>Used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="151"/>
        <source>Used before import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="152"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="162"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="163"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="164"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="165"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="160"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="161"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="162"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="163"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="175"/>
        <location filename="../../ui/window/accounts_model.py" line="197"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="177"/>
        <location filename="../../ui/window/accounts_model.py" line="195"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="185"/>
        <location filename="../../ui/window/accounts_model.py" line="198"/>
        <source>OK (key, reusable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="187"/>
        <location filename="../../ui/window/accounts_model.py" line="198"/>
        <source>Empty — act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="189"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="190"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="203"/>
        <source>%1 holds a recovery key, which can be used again and again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="208"/>
        <source>%1 has no unused codes left. Generate a new set at the site, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/accounts_model.py" line="210"/>
        <source>%n unused code(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="45"/>
        <source>Search accounts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="46"/>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="55"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="69"/>
        <source>No account matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="86"/>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="87"/>
        <source>Clear search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="111"/>
        <source>Account columns (click to sort)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionBanner</name>
    <message>
        <location filename="../../ui/window/banner.py" line="40"/>
        <source>&amp;Import new codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/banner.py" line="41"/>
        <source>Import new codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/banner.py" line="46"/>
        <source>Accounts that need new codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/banner.py" line="63"/>
        <source>and %n more account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/banner.py" line="65"/>
        <source>Generate a new set of codes at the site (in its security settings), then import it here. Until then, keep the remaining codes for a real emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/banner.py" line="74"/>
        <source>%1 has no codes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/banner.py" line="75"/>
        <source>%1 has only %n code(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="91"/>
        <location filename="../../ui/intake/import_pages.py" line="104"/>
        <source>Reading the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="94"/>
        <source>Reading the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="104"/>
        <source>Reading the codes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="194"/>
        <location filename="../../ui/access/passphrase_dialog.py" line="212"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="199"/>
        <source>Choose a new passphrase for this vault. Your codes stay as they are; from now on only the new passphrase opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="211"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="215"/>
        <location filename="../../ui/access/passphrase_dialog.py" line="216"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesPanel</name>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="52"/>
        <source>About this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="56"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="57"/>
        <source>Mark used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="58"/>
        <source>Mark unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="88"/>
        <source>Codes of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="99"/>
        <source>Code columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="74"/>
        <source>What Use next code does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="126"/>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="127"/>
        <source>Choose an account on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="132"/>
        <source>A set of single-use codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="133"/>
        <source>One code, replaced by the site after each use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="134"/>
        <source>A recovery key (used again and again, never used up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/codes_panel.py" line="139"/>
        <source>%1 of %n code(s) unused · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="144"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="147"/>
        <source>Copies the key. A recovery key is never used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="150"/>
        <source>No unused codes left. Generate a new set at the site, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="155"/>
        <source>Copies the next unused code and asks whether it worked before marking it used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="75"/>
        <source>Notes and warning — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="77"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="81"/>
        <source>Warn when this many codes are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="83"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="84"/>
        <source>&amp;Warn when this many codes are left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="89"/>
        <source>A recovery key is never used up, so there is nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="94"/>
        <source>The banner at the top warns you when this few unused codes are left, so you can get a new set before you run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="101"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DidItWorkBox</name>
    <message>
        <location filename="../../ui/window/use_code.py" line="44"/>
        <source>Did the code work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="47"/>
        <source>Code %1 for %2 is on the clipboard:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="54"/>
        <source>Paste it at the site. If it worked, the site gives you a new code: you will be asked for it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="58"/>
        <source>Paste it at the site, then say whether it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/use_code.py" line="59"/>
        <source>The clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="62"/>
        <source>&amp;Yes, it worked: mark it used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="64"/>
        <source>&amp;No, keep it unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="65"/>
        <source>Yes, it worked: mark it used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="66"/>
        <source>No, keep it unused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyPrintDialog</name>
    <message>
        <location filename="../../ui/paper/emergency_print_dialog.py" line="51"/>
        <location filename="../../ui/paper/emergency_print_dialog.py" line="52"/>
        <source>Print the emergency sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/emergency_print_dialog.py" line="55"/>
        <source>Print the sheet with your recovery key, or save it as a PDF to print right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/emergency_print_dialog.py" line="60"/>
        <source>Anyone with this sheet and your vault file can open your codes. Keep the paper away from this computer; if you save a PDF, delete it once it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyVaultPage</name>
    <message>
        <location filename="../../ui/window/empty_vault_page.py" line="19"/>
        <source>Import your first codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/empty_vault_page.py" line="26"/>
        <source>Your vault is empty. Add the backup codes a site gave you: choose the PDF or text file you downloaded, paste the codes (Ctrl+V), or drop the file on this window. The codes are encrypted as soon as they are in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/empty_vault_page.py" line="35"/>
        <source>&amp;Import codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/empty_vault_page.py" line="36"/>
        <source>Import codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="75"/>
        <location filename="../../ui/export/export_dialog.py" line="76"/>
        <source>Export codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="80"/>
        <source>Make an encrypted file that another program can open. It is locked with its own export passphrase, not your vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="91"/>
        <source>Kind of file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="93"/>
        <source>A&amp;ccounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="95"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="99"/>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="105"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="106"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="108"/>
        <location filename="../../ui/export/export_dialog.py" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="139"/>
        <source>Opens in KeePassXC, KeePass and KeePassDX. Each account becomes an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="142"/>
        <source>Import it into Bitwarden, or into KeePassXC 2.7.7 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="145"/>
        <source>Opens in Backup Code Vault, with the history of every code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="149"/>
        <source>&amp;KeePass / KeePassXC file (.kdbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="150"/>
        <source>&amp;Bitwarden encrypted export (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="151"/>
        <source>Copy of this &amp;vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="165"/>
        <source>About this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="171"/>
        <source>Accounts to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="180"/>
        <source>File to save the export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="182"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="183"/>
        <source>Choose where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="194"/>
        <source>Export passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="197"/>
        <source>Export passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="200"/>
        <source>Use this &amp;weak passphrase anyway (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="202"/>
        <source>Use this weak passphrase anyway (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="205"/>
        <source>Anyone with the file and this passphrase can read every code in it. Without the passphrase nobody can open it: write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="212"/>
        <source>Export &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="214"/>
        <source>Type it a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="251"/>
        <source>Select at least one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="254"/>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="256"/>
        <source>Give a file name, not just a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="258"/>
        <source>The folder for the file does not exist. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="260"/>
        <source>That is your vault file itself. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="263"/>
        <source>Choose an export passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="266"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="268"/>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="272"/>
        <source>The passphrase is too easy to guess. Make it longer, or tick &quot;Use this weak passphrase anyway&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="293"/>
        <source>A file with this name exists; it will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="336"/>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="338"/>
        <source>%1 files (*%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/access/first_run.py" line="62"/>
        <source>Welcome to Backup Code Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="69"/>
        <source>Your backup codes will be kept encrypted in one file on this computer. Choose where it is kept and a passphrase that opens it. Nothing is ever sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="80"/>
        <source>Where the vault is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="81"/>
        <source>The vault file will be kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="82"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="89"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="93"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="98"/>
        <source>I already have a vault: &amp;open it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="83"/>
        <source>Change where the vault is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="59"/>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="99"/>
        <source>I already have a vault: open it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="101"/>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="102"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="105"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="106"/>
        <source>Quit without creating a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="149"/>
        <source>Where should the vault be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="160"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="162"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="182"/>
        <source>Creating your vault… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="192"/>
        <source>A file already exists at %1. Open it instead, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="93"/>
        <location filename="../../ui/window/history_dialog.py" line="98"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/history_dialog.py" line="110"/>
        <source>Imported %1, replaced %2: %n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="119"/>
        <source>Earlier sets (no longer accepted by the site):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="125"/>
        <source>Earlier sets of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="129"/>
        <location filename="../../ui/window/history_dialog.py" line="130"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="65"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="65"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="69"/>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="70"/>
        <source>Codes imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="71"/>
        <source>Codes added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="72"/>
        <source>Code %1 marked used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="73"/>
        <source>Code %1 marked unused again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="74"/>
        <source>New set of codes replaced the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="75"/>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="76"/>
        <source>Details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="77"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="78"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCodesList</name>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="41"/>
        <source>Codes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="56"/>
        <source>Remove the selected codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="61"/>
        <source>A&amp;dd a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="62"/>
        <source>Add a code to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="64"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="65"/>
        <source>Remove the selected codes from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="95"/>
        <location filename="../../ui/intake/import_dialog.py" line="209"/>
        <source>Import codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="121"/>
        <location filename="../../ui/intake/import_dialog.py" line="210"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="123"/>
        <location filename="../../ui/intake/import_dialog.py" line="211"/>
        <source>Import the codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="125"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="126"/>
        <location filename="../../ui/intake/import_dialog.py" line="212"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="203"/>
        <source>Restore from a paper copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="204"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="205"/>
        <source>Restore the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="206"/>
        <source>Cancel the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="230"/>
        <source>Choose the document with your codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="233"/>
        <source>Code documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="234"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="310"/>
        <source>Nothing in the pasted text looks like a backup code. Check that you copied the codes themselves, or type them here, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="318"/>
        <source>There is nothing to import on the clipboard: no text, and no PDF or text file. Copy the codes from the site or the document, then paste them here; or type them, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="292"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="294"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="55"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="60"/>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="61"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="67"/>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="68"/>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="72"/>
        <source>Whether the two passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="74"/>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="75"/>
        <source>Use this weak passphrase anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="77"/>
        <source>A weak passphrase can be guessed by anyone who gets a copy of the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="92"/>
        <source>A forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="98"/>
        <source>Nobody can reset it, not even the makers of this app. Your emergency recovery key still opens the vault if you forget it, so keep that sheet safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="103"/>
        <source>Nobody can reset it, not even the makers of this app. If you forget it, the codes in this vault are lost, unless you have an emergency recovery key. Choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="176"/>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="180"/>
        <source>The two passphrases are not the same. Check both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="75"/>
        <source>Save as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="122"/>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="125"/>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="126"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="129"/>
        <location filename="../../ui/paper/paper_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="177"/>
        <source>A&amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="178"/>
        <source>US &amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="182"/>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="215"/>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="250"/>
        <source>That is your vault file. Choose another name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="281"/>
        <source>The PDF could not be saved as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="285"/>
        <source>Nothing was changed: no file was left behind, and a file of that name is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="288"/>
        <source>Choose another folder, such as Documents, check that the disk has free space, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="296"/>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="36"/>
        <location filename="../../ui/intake/import_pages.py" line="79"/>
        <source>Paste your codes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="40"/>
        <source>Copy the codes from the site or from the document it gave you, and paste them below; or type them, one per line. You can also choose the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="50"/>
        <source>For example:
1234 5678
8765 4321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="51"/>
        <source>Codes to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="53"/>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="54"/>
        <source>Choose a file with your codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="56"/>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="57"/>
        <source>Scan the pasted text for codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="79"/>
        <source>Type or paste your codes here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCodesModel</name>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="183"/>
        <source>Already in your vault, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="187"/>
        <source>Not ticked: tick it if it is one of your codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="198"/>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="200"/>
        <source>Tick this if you have already used this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="205"/>
        <source>Not sure it is a code: it %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="208"/>
        <source>The scan was not sure this is a code: it %1. Tick it if it is one of your codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="222"/>
        <source>used on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="223"/>
        <source>used before import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="272"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="274"/>
        <source>Already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="276"/>
        <source>Not sure, because it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="76"/>
        <source>Compare the codes with the document. Double-click one (or press F2) to fix it; tick any you have already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="85"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="86"/>
        <source>For example GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="89"/>
        <source>Kind of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="91"/>
        <source>A list of single-use codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="92"/>
        <source>One code that the site replaces after use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="93"/>
        <source>A recovery key you can reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="98"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="99"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="104"/>
        <source>Name of the new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="105"/>
        <source>For example: GitHub — jane@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="110"/>
        <source>Warn me when this many codes are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="115"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="116"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="117"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="118"/>
        <source>&amp;Name of the new account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="119"/>
        <source>&amp;Warn me when this many are left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="123"/>
        <source>R&amp;eplace the current codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="124"/>
        <source>Replace the current codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/import_preview.py" line="166"/>
        <source>Found %n code(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/import_preview.py" line="170"/>
        <source>Found %n code(s) in the pasted text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/import_preview.py" line="177"/>
        <source>The scan is not sure about %n more possible code(s). They are at the end of the list, not ticked, each with the reason. Tick the ones that are your codes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="189"/>
        <source>These might be codes — check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="192"/>
        <source>The scan could not be sure that anything in %1 is a backup code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="196"/>
        <source>The scan could not be sure that anything you pasted is a backup code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="202"/>
        <source>Check each one and tick the ones that are your codes; the note beside each says why the scan was not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="251"/>
        <source>This document is for %1, but your account %2 is for %3, so the codes go to a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="256"/>
        <source>This document is for %1, but your account %2 is for someone else, so the codes go to a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="261"/>
        <source>This document is for %1. If these are new codes for your account %2, choose it under Account; otherwise they go to a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="285"/>
        <source>%1 already holds a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="287"/>
        <source>%1 already has a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="289"/>
        <source>%1 already has codes (%2 of %3 not used yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="299"/>
        <source>Importing a new set retires the old one, because sites cancel the old codes when they issue new ones. The old set stays readable in the account&apos;s history. If these codes belong to a different account, choose “New account” above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="71"/>
        <location filename="../../ui/paper/print_dialog.py" line="72"/>
        <source>Print a paper copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="74"/>
        <source>Print your codes to keep on paper, or save them as a PDF to print later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="77"/>
        <source>Accounts to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="79"/>
        <source>A&amp;ccounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="82"/>
        <source>Used codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="85"/>
        <source>The paper copy is not encrypted. Keep it somewhere safe, like a safe-deposit box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="97"/>
        <source>&amp;Strike them through, with the date each was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="100"/>
        <source>Leave them &amp;off the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="131"/>
        <source>Select at least one account to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="153"/>
        <source>The paper copy was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="156"/>
        <source>Saved the paper copy as %1. The PDF is not encrypted: print it, then delete it or keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="123"/>
        <source>PDF &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="126"/>
        <source>The PDF&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="128"/>
        <source>&amp;Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="129"/>
        <source>Open the PDF with this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="139"/>
        <source>&amp;Type or paste the codes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="140"/>
        <source>Type or paste the codes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="142"/>
        <source>Choose &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="143"/>
        <source>Choose another file with your codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="167"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="169"/>
        <source>Something went wrong while reading, and no codes were read. Try again, or type or paste the codes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="181"/>
        <source>%1 needs its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="183"/>
        <source>No codes could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="76"/>
        <source>Your emergency recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="114"/>
        <source>Print this key or write it down now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="85"/>
        <source>This key opens your vault if you ever forget your passphrase. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="147"/>
        <source>Print it, or copy it by hand exactly as shown. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="150"/>
        <source>Keep the paper somewhere safe, away from this computer: for example with your passport or other important papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="154"/>
        <source>Anyone with this key and a copy of your vault file can open the vault. Nobody legitimate will ever ask you for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="158"/>
        <source>If you ever create a new recovery key, this one stops working and this paper can be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="165"/>
        <source>&amp;Print emergency sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="166"/>
        <source>Print emergency sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="95"/>
        <source>Printing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="100"/>
        <source>I have printed it or &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="101"/>
        <source>I have printed it or written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="131"/>
        <source>Emergency recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="169"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="170"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="214"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="238"/>
        <source>The key will not be shown again. Print it or write it down, then tick “I have printed it or written it down”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="263"/>
        <source>Printing could not start on this computer. Write the key down by hand instead, exactly as shown, and check it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="279"/>
        <source>The sheet was sent to the printer. Check that the key printed clearly, then tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="284"/>
        <source>The sheet was saved as %1. Print it now, check that the key printed clearly, then delete the PDF and tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejoinPrompt</name>
    <message>
        <location filename="../../ui/state/rejoin.py" line="39"/>
        <source>The passphrase was changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/rejoin.py" line="41"/>
        <source>The vault&apos;s passphrase was changed in another window or program,
so your changes here are not saved yet (nothing is lost).

Type the new passphrase to save them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/rejoin.py" line="46"/>
        <source>That passphrase does not open the vault. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="48"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="51"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="53"/>
        <source>&amp;New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="55"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <location filename="../../ui/window/use_code.py" line="87"/>
        <source>The new code from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="90"/>
        <source>%1 gives you a new backup code after you use one (it may be on the page you see now). Type or paste it here, exactly as shown, so you have it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="99"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="100"/>
        <source>New &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="103"/>
        <source>&amp;Save the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="104"/>
        <source>Save the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="107"/>
        <source>I don&apos;t have the new code &amp;yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="108"/>
        <source>I don&apos;t have the new code yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreModel</name>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="102"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="103"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="104"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="123"/>
        <source>A recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/restore_page.py" line="124"/>
        <source>%n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/restore_page.py" line="127"/>
        <source>%1, %n used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="131"/>
        <source>Added as a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="133"/>
        <source>Already in your vault: the codes used on paper are marked used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="135"/>
        <source>Skipped: your account of that name holds other codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="136"/>
        <source>Skipped: its codes are already in another account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="150"/>
        <source>Accounts on the paper copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/restore_page.py" line="174"/>
        <source>This is a paper copy with %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="178"/>
        <source>Restoring puts these accounts back into your vault, with the codes marked used on the paper. Nothing already in your vault is replaced or removed, and Undo (Ctrl+Z) takes the restore back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/restore_page.py" line="186"/>
        <source>%n account(s) will be skipped, so that nothing in your vault is replaced. If the paper is newer, import those codes by hand and choose to replace the old ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <location filename="../../ui/widgets/safety_note.py" line="24"/>
        <source>No agency or company (USCIS, Google, your bank or anyone else) will ever ask you for backup codes by phone, e-mail or message. Anyone who asks is trying to get into your account: do not give them a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/safety_note.py" line="30"/>
        <source>Safety reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="46"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="47"/>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="52"/>
        <source>Clear a copied code from the clipboard after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="57"/>
        <source>Warn when this many codes or fewer are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="60"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="63"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="69"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="72"/>
        <source>The vault locks itself after this long without use. It also locks when the computer locks or goes to sleep, and whenever you press Ctrl+L. “Never” turns off only the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="79"/>
        <source>&amp;Clear copied codes after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="82"/>
        <source>A code you copy is removed from the clipboard after this long, and when the vault locks. Anything you copied yourself since is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="88"/>
        <source>&amp;Warn when this many codes or fewer are left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="91"/>
        <source>Used for accounts you add from now on. Each account can have its own number: change it in the account&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="97"/>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="100"/>
        <source>The app speaks the language you choose from the next time you open it. “Same as the system” follows your computer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="109"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="110"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="113"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/settings_dialog.py" line="182"/>
        <source> minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/settings_dialog.py" line="185"/>
        <source> second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="33"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="36"/>
        <source>Advice on the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="66"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="67"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="68"/>
        <source>Fair — still too easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="69"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="70"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="76"/>
        <source>Strength: type a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="77"/>
        <source>Tip: four or five unrelated words make a strong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="80"/>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="83"/>
        <source>Make it longer: add another unusual word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCopyBanner</name>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="61"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="62"/>
        <source>Merge the other copy into this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="67"/>
        <source>Another copy of your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="92"/>
        <source>Another copy of your vault was made by a sync program — Merge it, so that codes used on the other device count here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/sync_copies.py" line="96"/>
        <source>(%n copies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="120"/>
        <source>Passphrase of the other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="123"/>
        <source>The other copy has a different passphrase:
it was changed on the other device.

Type that passphrase to merge the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="167"/>
        <source>The copy was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="168"/>
        <source>The copy could not be moved to the trash. It is here:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="177"/>
        <source>Move the other copy to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="178"/>
        <source>Merged. Everything in the other copy is now in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="180"/>
        <source>You no longer need the copy the sync program made:
%1

Move it to the trash, so it is not merged again by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="183"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="183"/>
        <source>Move to Trash, the other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="184"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="184"/>
        <source>Keep the other copy where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="195"/>
        <source>That passphrase does not open the other copy; nothing was merged. It is the passphrase the vault had on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="201"/>
        <source>The other copy could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="202"/>
        <source>The other copy was not merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/access/unlock.py" line="118"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="133"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="134"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="146"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="148"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="153"/>
        <source>Open the &amp;backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="154"/>
        <source>Open the backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="129"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="79"/>
        <location filename="../../ui/access/unlock.py" line="130"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="168"/>
        <source>Open &amp;another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="169"/>
        <source>Open another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="171"/>
        <source>Create a &amp;new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="172"/>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="186"/>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="198"/>
        <source>Unlock with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="200"/>
        <source>Emergency &amp;recovery key (from your printed sheet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="202"/>
        <source>Emergency recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="204"/>
        <source>&amp;Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="205"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="207"/>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="208"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="209"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="211"/>
        <source>&amp;Forgot your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="212"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="258"/>
        <source>Unlocking… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="293"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="298"/>
        <source>The recovery key worked. Choose a new passphrase to open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="306"/>
        <source>The vault stays locked until you choose a new passphrase. Your recovery key still works: enter it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="315"/>
        <source>Setting your new passphrase… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="338"/>
        <source>The new passphrase could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="349"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="351"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedCloseBox</name>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="25"/>
        <source>Your latest changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="26"/>
        <source>Your latest changes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="31"/>
        <source>If you quit now, those changes are lost. The vault file keeps the last saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="35"/>
        <source>&amp;Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="37"/>
        <source>&amp;Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="39"/>
        <source>Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="40"/>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="63"/>
        <source>&amp;Import codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="66"/>
        <source>&amp;Restore from a paper copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="69"/>
        <source>&amp;Print a paper copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="71"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="73"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="76"/>
        <source>Emergency &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="79"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="156"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="158"/>
        <source>The vault was changed by another program while you were importing, so nothing was imported. Import the codes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/vault_actions.py" line="170"/>
        <source>Imported %n code(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="182"/>
        <source>Choose the PDF of your paper copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="184"/>
        <source>Paper copies (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/vault_actions.py" line="202"/>
        <source>Restored %n account(s) from the paper copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/vault_actions.py" line="207"/>
        <source>Added the used marks of the paper copy to %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/vault_actions.py" line="213"/>
        <source>Skipped %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="240"/>
        <source>Nothing to print yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="241"/>
        <source>No account has codes yet. Import the codes from a site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="273"/>
        <source>Exporting… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="295"/>
        <source>Exported to %1. Keep the export passphrase safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="304"/>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="308"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="324"/>
        <source>Changing the passphrase… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="327"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="330"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="332"/>
        <source>The passphrase was changed. Your old emergency recovery key no longer works: make a new one now (Vault ▸ Emergency recovery key) and print its sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="341"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="343"/>
        <source>Your passphrase was changed. From now on, unlock this vault with the new passphrase; the old one no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="352"/>
        <source>The passphrase was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="353"/>
        <source>The old passphrase still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="363"/>
        <source>Make an emergency recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="364"/>
        <source>Nobody can open your vault if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="366"/>
        <source>An emergency recovery key, printed and kept somewhere safe, lets you set a new passphrase if you forget yours. You can also make one later in the Vault menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="369"/>
        <source>&amp;Make a recovery key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="369"/>
        <source>Make a recovery key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="370"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="370"/>
        <source>Later, from the Vault menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="384"/>
        <source>Replace the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="385"/>
        <source>This vault already has an emergency recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="387"/>
        <source>A new key replaces it: the old sheet stops working. Make a new key if the old sheet is lost or someone else may have seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="391"/>
        <source>&amp;Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="395"/>
        <source>&amp;Keep the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="392"/>
        <source>Make a new key to replace the old recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="395"/>
        <source>Keep the old key, do not make a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="403"/>
        <source>Making a recovery key… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="408"/>
        <source>The recovery key was made. Print it or write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="414"/>
        <source>No recovery key was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <location filename="../../ui/window/status_bar.py" line="23"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/status_bar.py" line="24"/>
        <source>&amp;Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/status_bar.py" line="25"/>
        <source>Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/status_bar.py" line="29"/>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/status_bar.py" line="42"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/status_bar.py" line="49"/>
        <source>Clipboard cleared in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window/main_menus.py" line="25"/>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="27"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="29"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="31"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="33"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="35"/>
        <source>&amp;Find account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="37"/>
        <source>&amp;Paste codes to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="41"/>
        <location filename="../../ui/window/main_menus.py" line="47"/>
        <source>&amp;Show codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="47"/>
        <source>Hide code&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/self_test.py" line="148"/>
        <location filename="../../ui/window/main_menus.py" line="52"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="62"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="70"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="82"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="124"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="127"/>
        <source>Something unexpected went wrong in Backup Code Vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>Your vault file was not changed by this error. If you were in the middle of something, check that it was done; changes you made before are saved automatically. You can report the details below (they hold no codes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../../ui/state/autosave.py" line="153"/>
        <location filename="../../ui/state/autosave.py" line="206"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/autosave.py" line="166"/>
        <location filename="../../ui/state/autosave.py" line="177"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/autosave.py" line="201"/>
        <source>Saved (changes made elsewhere were merged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/autosave.py" line="216"/>
        <source>Waiting for another program to finish saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/autosave.py" line="230"/>
        <source>The vault could not be saved (%1). Your previous vault is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="36"/>
        <location filename="../../ui/window/account_dialogs.py" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../ui/intake/trash.py" line="46"/>
        <source>Move the document to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="47"/>
        <source>Move the original document to the trash? It holds your codes unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="50"/>
        <source>Your codes are now in the vault, so you do not need it any more. The document is:
%1

Empty the trash afterwards to remove it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="56"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="60"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="57"/>
        <source>Move to Trash, the original document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="61"/>
        <source>Keep it, do not move the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="75"/>
        <source>The document is still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="77"/>
        <source>The document could not be moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="80"/>
        <source>It is still at:
%1

It holds your codes unencrypted, so please delete it yourself (and empty the trash). Your codes are safe in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/state/undo.py" line="70"/>
        <source>Mark a code of %1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="90"/>
        <source>Mark a code of %1 unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="114"/>
        <source>Replace the code of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="151"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="182"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="211"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="249"/>
        <source>Import codes into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="314"/>
        <source>Restore from a paper copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
