<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../ui/account_actions.py" line="53"/>
        <location filename="../../ui/account_actions.py" line="107"/>
        <source>&amp;Use next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="55"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="61"/>
        <source>Mark u&amp;nused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="63"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="68"/>
        <source>&amp;Delete account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="70"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="58"/>
        <source>&amp;Mark used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="65"/>
        <source>No&amp;tes and warning threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="107"/>
        <source>Copy the &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="249"/>
        <source>Delete account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="250"/>
        <source>Delete “%1” and all its codes from the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="254"/>
        <source>You can undo this (Edit ▸ Undo, Ctrl+Z) until you close the window or the vault locks. After that the codes are gone from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="257"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="258"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="257"/>
        <source>Delete the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="258"/>
        <source>Keep it, do not delete the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountChecklist</name>
    <message>
        <location filename="../../ui/account_checklist.py" line="62"/>
        <source>Press Space to tick or untick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_checklist.py" line="77"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_checklist.py" line="78"/>
        <source>Select all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_checklist.py" line="80"/>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_checklist.py" line="81"/>
        <source>Select none of the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_checklist.py" line="98"/>
        <source>no codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_checklist.py" line="100"/>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_checklist.py" line="102"/>
        <source>%1 of %2 unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_checklist.py" line="128"/>
        <source>%1 of %2 accounts selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts_model.py" line="158"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="159"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="160"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="161"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="173"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="175"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="183"/>
        <source>OK (key, reusable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="185"/>
        <source>Empty — act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="187"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="188"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="192"/>
        <source>%1 holds a recovery key, which can be used again and again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="197"/>
        <source>%1 has no unused codes left. Generate a new set at the site, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts_model.py" line="199"/>
        <source>%n unused code(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../ui/accounts_panel.py" line="44"/>
        <source>Search accounts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_panel.py" line="45"/>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_panel.py" line="54"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_panel.py" line="66"/>
        <source>No account matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_panel.py" line="93"/>
        <source>Account columns (click to sort)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionBanner</name>
    <message>
        <location filename="../../ui/banner.py" line="40"/>
        <source>&amp;Import new codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="41"/>
        <source>Import new codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="46"/>
        <source>Accounts that need new codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/banner.py" line="63"/>
        <source>and %n more account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="65"/>
        <source>Generate a new set of codes at the site (in its security settings), then import it here. Until then, keep the remaining codes for a real emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="74"/>
        <source>%1 has no codes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/banner.py" line="75"/>
        <source>%1 has only %n code(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="91"/>
        <location filename="../../ui/import_pages.py" line="104"/>
        <source>Reading the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="94"/>
        <source>Reading the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="104"/>
        <source>Reading the codes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="183"/>
        <location filename="../../ui/passphrase_dialog.py" line="201"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="188"/>
        <source>Choose a new passphrase for this vault. Your codes stay as they are; from now on only the new passphrase opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="200"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="204"/>
        <location filename="../../ui/passphrase_dialog.py" line="205"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesModel</name>
    <message>
        <location filename="../../ui/codes_model.py" line="125"/>
        <source>Code hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_model.py" line="144"/>
        <source>Reusable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_model.py" line="146"/>
        <source>Used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_model.py" line="147"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_model.py" line="157"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_model.py" line="158"/>
        <location filename="../../ui/import_codes_model.py" line="172"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_model.py" line="159"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_model.py" line="160"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_model.py" line="116"/>
        <source>Already in your vault, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_model.py" line="127"/>
        <location filename="../../ui/import_codes_model.py" line="174"/>
        <source>Already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_model.py" line="127"/>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_model.py" line="129"/>
        <source>Tick this if you have already used this code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesPanel</name>
    <message>
        <location filename="../../ui/codes_panel.py" line="52"/>
        <source>About this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="56"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="57"/>
        <source>Mark used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="58"/>
        <source>Mark unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="66"/>
        <source>Codes of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="77"/>
        <source>Code columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="91"/>
        <source>What Use next code does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="122"/>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="123"/>
        <source>Choose an account on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="128"/>
        <source>A set of single-use codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="129"/>
        <source>One code, replaced by the site after each use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="130"/>
        <source>A recovery key (used again and again, never used up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codes_panel.py" line="135"/>
        <source>%1 of %n code(s) unused · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="140"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="143"/>
        <source>Copies the key. A recovery key is never used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="146"/>
        <source>No unused codes left. Generate a new set at the site, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codes_panel.py" line="151"/>
        <source>Copies the next unused code and asks whether it worked before marking it used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="75"/>
        <source>Notes and warning — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="77"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="81"/>
        <source>Warn when this many codes are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="83"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="84"/>
        <source>&amp;Warn when this many codes are left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="89"/>
        <source>A recovery key is never used up, so there is nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="94"/>
        <source>The banner at the top warns you when this few unused codes are left, so you can get a new set before you run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="101"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DidItWorkBox</name>
    <message>
        <location filename="../../ui/use_code.py" line="42"/>
        <source>Did the code work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="44"/>
        <source>Code %1 for %2 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="50"/>
        <source>Paste it at the site. If it worked, the site gives you a new code: you will be asked for it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="54"/>
        <source>Paste it at the site, then say whether it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/use_code.py" line="55"/>
        <source>The clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="58"/>
        <source>&amp;Yes, it worked: mark it used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="60"/>
        <source>&amp;No, keep it unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="61"/>
        <source>Yes, it worked: mark it used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="62"/>
        <source>No, keep it unused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyVaultPage</name>
    <message>
        <location filename="../../ui/empty_vault_page.py" line="19"/>
        <source>Import your first codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/empty_vault_page.py" line="26"/>
        <source>Your vault is empty. Add the backup codes a site gave you: choose the PDF or text file you downloaded, paste the codes (Ctrl+V), or drop the file on this window. The codes are encrypted as soon as they are in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/empty_vault_page.py" line="35"/>
        <source>&amp;Import codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/empty_vault_page.py" line="36"/>
        <source>Import codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="73"/>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Export codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="78"/>
        <source>Make an encrypted file that another program can open. It is locked with its own export passphrase, not your vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="89"/>
        <source>Kind of file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="91"/>
        <source>A&amp;ccounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="104"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="136"/>
        <source>Opens in KeePassXC, KeePass and KeePassDX. Each account becomes an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="139"/>
        <source>Import it into Bitwarden, or into KeePassXC 2.7.7 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="142"/>
        <source>Opens in Backup Code Vault, with the history of every code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="146"/>
        <source>&amp;KeePass / KeePassXC file (.kdbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="147"/>
        <source>&amp;Bitwarden encrypted export (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="148"/>
        <source>Copy of this &amp;vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="162"/>
        <source>About this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="168"/>
        <source>Accounts to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>File to save the export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="185"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="186"/>
        <source>Choose where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="197"/>
        <source>Export passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Export passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="203"/>
        <source>Use this &amp;weak passphrase anyway (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="205"/>
        <source>Use this weak passphrase anyway (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="208"/>
        <source>Anyone with the file and this passphrase can read every code in it. Without the passphrase nobody can open it: write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="215"/>
        <source>Export &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="217"/>
        <source>Type it a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="254"/>
        <source>Select at least one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="257"/>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="259"/>
        <source>Give a file name, not just a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="261"/>
        <source>The folder for the file does not exist. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="263"/>
        <source>That is your vault file itself. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="266"/>
        <source>Choose an export passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="269"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="271"/>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>The passphrase is too easy to guess. Make it longer, or tick &quot;Use this weak passphrase anyway&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="296"/>
        <source>A file with this name exists; it will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="339"/>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="341"/>
        <source>%1 files (*%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <location filename="../../ui/import_reasons.py" line="25"/>
        <source>There are no codes in the list. Add them with “Add a code”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_reasons.py" line="28"/>
        <source>Give the new account a name, for example the site and your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_reasons.py" line="32"/>
        <source>You already have an account called %1. Choose it under Account to put the codes there, or give the new account another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_reasons.py" line="37"/>
        <source>To import into %1, tick “Replace the current codes”, or choose another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_reasons.py" line="42"/>
        <source>These codes are already in your vault, in the account %1. This document was imported before, so there is nothing new to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_reasons.py" line="46"/>
        <source>%n of these codes are already in your vault, in the account %1 (they are marked in the list). Remove them to import the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>Create your vault — Backup Code Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="52"/>
        <source>Welcome to Backup Code Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>Your backup codes will be kept encrypted in one file on this computer. Choose where it is kept and a passphrase that opens it. Nothing is ever sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="70"/>
        <source>Where the vault is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="71"/>
        <source>The vault file will be kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="88"/>
        <source>I already have a vault: &amp;open it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="73"/>
        <source>Change where the vault is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="89"/>
        <source>I already have a vault: open it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="92"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="96"/>
        <source>Quit without creating a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="147"/>
        <source>Where should the vault be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="158"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="160"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="180"/>
        <source>Creating your vault… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="190"/>
        <source>A file already exists at %1. Open it instead, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="96"/>
        <location filename="../../ui/history_dialog.py" line="101"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_dialog.py" line="113"/>
        <source>Imported %1, replaced %2: %n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="122"/>
        <source>Earlier sets (no longer accepted by the site):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="128"/>
        <source>Earlier sets of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="132"/>
        <location filename="../../ui/history_dialog.py" line="133"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="70"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="70"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="74"/>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="75"/>
        <source>Codes imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="76"/>
        <source>Codes added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="77"/>
        <source>Code %1 marked used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="78"/>
        <source>Code %1 marked unused again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="79"/>
        <source>New set of codes replaced the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="80"/>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="81"/>
        <source>Details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="82"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="83"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCodesList</name>
    <message>
        <location filename="../../ui/import_codes_list.py" line="39"/>
        <source>Codes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_list.py" line="56"/>
        <source>Remove the selected codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_list.py" line="61"/>
        <source>A&amp;dd a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_list.py" line="62"/>
        <source>Add a code to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_list.py" line="64"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_codes_list.py" line="65"/>
        <source>Remove the selected codes from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="87"/>
        <source>Import codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>Import the codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="112"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="220"/>
        <source>Choose the document with your codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="224"/>
        <source>Code documents (*.pdf *.txt *.text *.csv *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Backup Code Vault — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="54"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="59"/>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="60"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="66"/>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="67"/>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="71"/>
        <source>Whether the two passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="73"/>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="74"/>
        <source>Use this weak passphrase anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="76"/>
        <source>A weak passphrase can be guessed by anyone who gets a copy of the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="80"/>
        <source>A forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="86"/>
        <source>Nobody can reset it, not even the makers of this app. Your emergency recovery key still opens the vault if you forget it, so keep that sheet safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="91"/>
        <source>Nobody can reset it, not even the makers of this app. If you forget it, the codes in this vault are lost, unless you have an emergency recovery key. Choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="166"/>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="170"/>
        <source>The two passphrases are not the same. Check both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="36"/>
        <location filename="../../ui/import_pages.py" line="79"/>
        <source>Paste your codes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="40"/>
        <source>Copy the codes from the site or from the document it gave you, and paste them below; or type them, one per line. You can also choose the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="50"/>
        <source>For example:
1234 5678
8765 4321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="51"/>
        <source>Codes to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="53"/>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="54"/>
        <source>Choose a file with your codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="56"/>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="57"/>
        <source>Scan the pasted text for codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="79"/>
        <source>Type or paste your codes here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_preview.py" line="69"/>
        <source>Compare the codes with the document. Double-click one (or press F2) to fix it; tick any you have already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="78"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="79"/>
        <source>For example GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="82"/>
        <source>Kind of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="84"/>
        <source>A list of single-use codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="85"/>
        <source>One code that the site replaces after use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="86"/>
        <source>A recovery key you can reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="91"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="92"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="97"/>
        <source>Name of the new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="98"/>
        <source>For example: GitHub — jane@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="103"/>
        <source>Warn me when this many codes are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="107"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="108"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="109"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="110"/>
        <source>&amp;Name of the new account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="111"/>
        <source>&amp;Warn me when this many are left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="114"/>
        <source>R&amp;eplace the current codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="115"/>
        <source>Replace the current codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="151"/>
        <source>Found %n code(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="155"/>
        <source>Found %n code(s) in the pasted text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="203"/>
        <source>%1 already holds a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="205"/>
        <source>%1 already has a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="207"/>
        <source>%1 already has codes (%2 of %3 not used yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="217"/>
        <source>Importing a new set retires the old one, because sites cancel the old codes when they issue new ones. The old set stays readable in the account&apos;s history. If these codes belong to a different account, choose “New account” above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="77"/>
        <source>Save the paper copy as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="79"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="120"/>
        <location filename="../../ui/print_dialog.py" line="121"/>
        <source>Print a paper copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="124"/>
        <source>Print your codes to keep on paper, or save them as a PDF to print later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="129"/>
        <source>Accounts to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="135"/>
        <source>A&amp;ccounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="138"/>
        <source>Used codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="139"/>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="144"/>
        <source>The paper copy is not encrypted. Keep it somewhere safe, like a safe-deposit box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="148"/>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="151"/>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="152"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="155"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="191"/>
        <source>&amp;Strike them through, with the date each was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="194"/>
        <source>Leave them &amp;off the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="205"/>
        <source>A&amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="206"/>
        <source>US &amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="258"/>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="260"/>
        <source>Select at least one account to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="288"/>
        <source>The paper copy was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="308"/>
        <source>That is your vault file. Choose another name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="312"/>
        <source>Saved the paper copy as %1. The PDF is not encrypted: print it, then delete it or keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="335"/>
        <source>The PDF could not be saved as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="339"/>
        <source>The file that was already there may be incomplete now: save again to replace it, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="343"/>
        <source>No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="345"/>
        <source>Choose another folder, such as Documents, check that the disk has free space, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="353"/>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="123"/>
        <source>PDF &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="126"/>
        <source>The PDF&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="128"/>
        <source>&amp;Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="129"/>
        <source>Open the PDF with this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="139"/>
        <source>&amp;Type or paste the codes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="140"/>
        <source>Type or paste the codes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="142"/>
        <source>Choose &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="143"/>
        <source>Choose another file with your codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="167"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="169"/>
        <source>Something went wrong while reading, and no codes were read. Try again, or type or paste the codes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="181"/>
        <source>%1 needs its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="183"/>
        <source>No codes could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="72"/>
        <source>Your emergency recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="75"/>
        <source>Print this key or write it down now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="83"/>
        <source>This key opens your vault if you ever forget your passphrase. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="96"/>
        <source>Emergency recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="107"/>
        <source>Print it, or copy it by hand exactly as shown. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="109"/>
        <source>Keep the paper somewhere safe, away from this computer: for example with your passport or other important papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="113"/>
        <source>Anyone with this key and a copy of your vault file can open the vault. Nobody legitimate will ever ask you for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="117"/>
        <source>If you ever create a new recovery key, this one stops working and this paper can be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="123"/>
        <source>&amp;Print emergency sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="124"/>
        <source>Print emergency sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="129"/>
        <source>Printing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="132"/>
        <source>I have printed it or &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="133"/>
        <source>I have printed it or written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="136"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="137"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="198"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="224"/>
        <source>The key will not be shown again. Print it or write it down, then tick “I have printed it or written it down”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="249"/>
        <source>Printing could not start on this computer. Write the key down by hand instead, exactly as shown, and check it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_dialog.py" line="265"/>
        <source>The sheet was sent to the printer. Check that the key printed clearly, then tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="48"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="51"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="53"/>
        <source>&amp;New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="55"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <location filename="../../ui/use_code.py" line="82"/>
        <source>The new code from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="85"/>
        <source>%1 gives you a new backup code after you use one (it may be on the page you see now). Type or paste it here, exactly as shown, so you have it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="94"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="95"/>
        <source>New &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="98"/>
        <source>&amp;Save the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="99"/>
        <source>Save the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="102"/>
        <source>I don&apos;t have the new code &amp;yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/use_code.py" line="103"/>
        <source>I don&apos;t have the new code yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <location filename="../../ui/safety_note.py" line="24"/>
        <source>No agency or company (USCIS, Google, your bank or anyone else) will ever ask you for backup codes by phone, e-mail or message. Anyone who asks is trying to get into your account: do not give them a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_note.py" line="29"/>
        <source>Safety reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>Clear a copied code from the clipboard after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Warn when this many codes or fewer are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>The vault locks itself after this long without use. It also locks when the computer locks or goes to sleep, and whenever you press Ctrl+L. “Never” turns off only the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>&amp;Clear copied codes after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>A code you copy is removed from the clipboard after this long, and when the vault locks. Anything you copied yourself since is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>&amp;Warn when this many codes or fewer are left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Used for accounts you add from now on. Each account can have its own number: change it in the account&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="156"/>
        <source> minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source> second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/strength_meter.py" line="32"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="35"/>
        <source>Advice on the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="65"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="66"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="67"/>
        <source>Fair — still too easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="68"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="69"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="75"/>
        <source>Strength: type a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="76"/>
        <source>Tip: four or five unrelated words make a strong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="79"/>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="82"/>
        <source>Make it longer: add another unusual word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Unlock — Backup Code Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="86"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="93"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="98"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="100"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="102"/>
        <source>Open the &amp;backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="103"/>
        <source>Open the backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="106"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="107"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113"/>
        <source>Open &amp;another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="114"/>
        <source>Open another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="116"/>
        <source>Create a &amp;new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="117"/>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="185"/>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="197"/>
        <source>Unlock with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="199"/>
        <source>Emergency &amp;recovery key (from your printed sheet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="201"/>
        <source>Emergency recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="203"/>
        <source>&amp;Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="204"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="207"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="208"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="210"/>
        <source>&amp;Forgot your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="211"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="257"/>
        <source>Unlocking… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="291"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="296"/>
        <source>The recovery key worked. Choose a new passphrase to open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="304"/>
        <source>The vault stays locked until you choose a new passphrase. Your recovery key still works: enter it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="313"/>
        <source>Setting your new passphrase… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="336"/>
        <source>The new passphrase could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="347"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="349"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedCloseBox</name>
    <message>
        <location filename="../../ui/unsaved_close.py" line="25"/>
        <source>Your latest changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_close.py" line="26"/>
        <source>Your latest changes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_close.py" line="31"/>
        <source>If you quit now, those changes are lost. The vault file keeps the last saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_close.py" line="35"/>
        <source>&amp;Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_close.py" line="37"/>
        <source>&amp;Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_close.py" line="39"/>
        <source>Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_close.py" line="40"/>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../ui/vault_actions.py" line="62"/>
        <source>&amp;Import codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="65"/>
        <source>&amp;Print a paper copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="67"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="69"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="72"/>
        <source>Emergency &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="75"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="142"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="144"/>
        <source>The vault was changed by another program while you were importing, so nothing was imported. Import the codes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions.py" line="156"/>
        <source>Imported %n code(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="172"/>
        <source>Nothing to print yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="173"/>
        <source>No account has codes yet. Import the codes from a site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="204"/>
        <source>Exporting… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="219"/>
        <source>Exported to %1. Keep the export passphrase safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="228"/>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="232"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="248"/>
        <source>Changing the passphrase… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="251"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="257"/>
        <source>The passphrase was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="258"/>
        <source>The old passphrase still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="271"/>
        <source>Replace the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="272"/>
        <source>This vault already has an emergency recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="274"/>
        <source>A new key replaces it: the old sheet stops working. Make a new key if the old sheet is lost or someone else may have seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="278"/>
        <source>&amp;Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="282"/>
        <source>&amp;Keep the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="279"/>
        <source>Make a new key to replace the old recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="282"/>
        <source>Keep the old key, do not make a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="290"/>
        <source>Making a recovery key… this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="295"/>
        <source>The recovery key was made. Print it or write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions.py" line="301"/>
        <source>No recovery key was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="23"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="24"/>
        <source>&amp;Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="25"/>
        <source>Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="29"/>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="42"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="49"/>
        <source>Clipboard cleared in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/main_menus.py" line="25"/>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="27"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="29"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="31"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="33"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="35"/>
        <source>&amp;Find account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="37"/>
        <source>&amp;Paste codes to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="41"/>
        <location filename="../../ui/main_menus.py" line="47"/>
        <source>&amp;Show codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="47"/>
        <source>Hide code&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="52"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="61"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="69"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="81"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="111"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Something unexpected went wrong in Backup Code Vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Your vault file was not changed by this error. If you were in the middle of something, check that it was done; changes you made before are saved automatically. You can report the details below (they hold no codes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../../ui/autosave.py" line="120"/>
        <location filename="../../ui/autosave.py" line="171"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="133"/>
        <location filename="../../ui/autosave.py" line="144"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="166"/>
        <source>Saved (changes made elsewhere were merged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="181"/>
        <source>Waiting for another program to finish saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="190"/>
        <source>The vault could not be saved (%1). Your previous vault is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="36"/>
        <location filename="../../ui/account_dialogs.py" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, and try again. If you have forgotten it, use your emergency recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>That recovery key does not open this vault. Check it against your emergency sheet; a key that was replaced no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>The vault file is damaged or was changed by another program, so it cannot be opened safely. Nothing was changed. Open the backup copy (the same name ending in .bak) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>This file is not a Backup Code Vault file. Choose your vault file (it ends in .bcvault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Another program (another window or the command line) is saving this vault right now. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>The vault could not be saved because the disk is full. Your previous vault is intact. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>The vault could not be saved because its folder cannot be written to. Your previous vault is intact. Check the folder&apos;s permissions or move the vault to a folder you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>The vault file on disk was replaced by a different vault, so your changes were not saved over it. Nothing was lost: your changes are still open here. Save them to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>The vault could not be saved (%1). Your previous vault is intact. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>The vault could not be created (%1); nothing was written. Choose a folder that you can write to and that has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>This vault was saved by a newer version of Backup Code Vault (format %1). Install the latest version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>There is no vault at %1. Create one first, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>A file already exists at %1; it was left as it is. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>Something went wrong with the vault (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_messages.py" line="13"/>
        <source>This document seems to be a scan or a picture, so its text cannot be read. Type or paste the codes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_messages.py" line="18"/>
        <source>This PDF is protected by a password. Enter the document&apos;s password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_messages.py" line="22"/>
        <source>That password does not open this PDF. Check the password (it is the document&apos;s, not your vault passphrase) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_messages.py" line="27"/>
        <source>This file is damaged or is not a proper PDF, so it cannot be read. Download the codes again from the website, or type or paste them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_messages.py" line="32"/>
        <source>No backup codes could be read for sure from this document. Check that it is the page with your codes, or type or paste them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_messages.py" line="37"/>
        <source>This document is too large or too complex to read here; code documents are a page or two. Open it, copy the codes and paste them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_messages.py" line="42"/>
        <source>This kind of file cannot be read. Open it in its own program and print or save it as a PDF, or paste the codes instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../ui/trash.py" line="46"/>
        <source>Move the document to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="47"/>
        <source>Move the original document to the trash? It holds your codes unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="50"/>
        <source>Your codes are now in the vault, so you do not need it any more. The document is:
%1

Empty the trash afterwards to remove it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="56"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="60"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="57"/>
        <source>Move to Trash, the original document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="61"/>
        <source>Keep it, do not move the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="75"/>
        <source>The document is still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="77"/>
        <source>The document could not be moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="80"/>
        <source>It is still at:
%1

It holds your codes unencrypted, so please delete it yourself (and empty the trash). Your codes are safe in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="64"/>
        <source>Mark a code of %1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="84"/>
        <source>Mark a code of %1 unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="110"/>
        <source>Replace the code of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="147"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="178"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="207"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="250"/>
        <source>Import codes into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
