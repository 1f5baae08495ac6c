<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../ui/window/account_actions.py" line="55"/>
        <location filename="../../ui/window/account_actions.py" line="109"/>
        <source>&amp;Use next code</source>
        <translation>&amp;Usar el siguiente código</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="57"/>
        <source>&amp;Copy code</source>
        <translation>C&amp;opiar código</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="63"/>
        <source>Mark u&amp;nused</source>
        <translation>Marcar como &amp;no usado</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="65"/>
        <source>&amp;Rename…</source>
        <translation>Cambiar el nomb&amp;re…</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="70"/>
        <source>&amp;Delete account…</source>
        <translation>&amp;Eliminar la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="72"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="60"/>
        <source>&amp;Mark used</source>
        <translation>Marcar como usa&amp;do</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="67"/>
        <source>No&amp;tes and warning threshold…</source>
        <translation>No&amp;tas y aviso de pocos códigos…</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="109"/>
        <source>Copy the &amp;key</source>
        <translation>Copiar la cla&amp;ve</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="261"/>
        <source>Delete account?</source>
        <translation>¿Eliminar la cuenta?</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="262"/>
        <source>Delete “%1” and all its codes from the vault?</source>
        <translation>¿Eliminar “%1” y todos sus códigos de la bóveda?</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="266"/>
        <source>You can undo this (Edit ▸ Undo, Ctrl+Z) until you close the window or the vault locks. After that the codes are gone from the vault.</source>
        <translation>Puede deshacerlo (Editar ▸ Deshacer, Ctrl+Z) hasta que cierre la ventana o se bloquee la bóveda. Después, los códigos ya no estarán en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="269"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="270"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="269"/>
        <source>Delete the account</source>
        <translation>Eliminar la cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_actions.py" line="270"/>
        <source>Keep it, do not delete the account</source>
        <translation>Conservarla, no eliminar la cuenta</translation>
    </message>
</context>
<context>
    <name>AccountChecklist</name>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="66"/>
        <source>Press Space to tick or untick one.</source>
        <translation>Pulse la barra espaciadora para marcar o desmarcar una.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="81"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="82"/>
        <source>Select all accounts</source>
        <translation>Seleccionar todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="84"/>
        <source>Select &amp;none</source>
        <translation>No seleccionar &amp;ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="85"/>
        <source>Select none of the accounts</source>
        <translation>No seleccionar ninguna cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="106"/>
        <source>&amp;Only “%1”</source>
        <translation>&amp;Solo “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="108"/>
        <source>Only “%1”, untick the others</source>
        <translation>Solo “%1”, desmarcar las demás</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="121"/>
        <source>no codes</source>
        <translation>sin códigos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="123"/>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="125"/>
        <source>%1 of %2 unused</source>
        <translation>%1 de %2 sin usar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/account_checklist.py" line="172"/>
        <source>%1 of %2 accounts selected</source>
        <translation>%1 de %2 cuentas seleccionadas</translation>
    </message>
</context>
<context>
    <name>AccountCodesModel</name>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="127"/>
        <source>Code hidden</source>
        <translation>Código oculto</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="128"/>
        <source>Code hidden, ends in %1</source>
        <translation>Código oculto, termina en %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="147"/>
        <source>Reusable key</source>
        <translation>Clave reutilizable</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="149"/>
        <source>Used %1</source>
        <translation>Usado el %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="151"/>
        <source>Used before import</source>
        <translation>Usado antes de importarlo</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="152"/>
        <source>Unused</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="162"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="163"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="164"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_codes_model.py" line="165"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="160"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="161"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="162"/>
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="163"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="175"/>
        <location filename="../../ui/window/accounts_model.py" line="197"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="177"/>
        <location filename="../../ui/window/accounts_model.py" line="195"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="185"/>
        <location filename="../../ui/window/accounts_model.py" line="198"/>
        <source>OK (key, reusable)</source>
        <translation>Bien (clave reutilizable)</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="187"/>
        <location filename="../../ui/window/accounts_model.py" line="198"/>
        <source>Empty — act now</source>
        <translation>Vacía — actúe ya</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="189"/>
        <source>Low</source>
        <translation>Quedan pocos</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="190"/>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="203"/>
        <source>%1 holds a recovery key, which can be used again and again.</source>
        <translation>%1 guarda una clave de recuperación, que se puede usar una y otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_model.py" line="208"/>
        <source>%1 has no unused codes left. Generate a new set at the site, then import it.</source>
        <translation>A %1 no le quedan códigos sin usar. Genere un nuevo juego de códigos en el sitio y luego impórtelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/accounts_model.py" line="210"/>
        <source>%n unused code(s) left</source>
        <translation>
            <numerusform>Queda %n código sin usar</numerusform>
            <numerusform>Quedan %n códigos sin usar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="45"/>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Buscar cuentas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="46"/>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="55"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="69"/>
        <source>No account matches the search.</source>
        <translation>Ninguna cuenta coincide con la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="86"/>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="87"/>
        <source>Clear search (Esc)</source>
        <translation>Borrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/window/accounts_panel.py" line="111"/>
        <source>Account columns (click to sort)</source>
        <translation>Columnas de cuentas (haga clic para ordenar)</translation>
    </message>
</context>
<context>
    <name>AttentionBanner</name>
    <message>
        <location filename="../../ui/window/banner.py" line="40"/>
        <source>&amp;Import new codes…</source>
        <translation>&amp;Importar códigos nuevos…</translation>
    </message>
    <message>
        <location filename="../../ui/window/banner.py" line="41"/>
        <source>Import new codes</source>
        <translation>Importar códigos nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/window/banner.py" line="46"/>
        <source>Accounts that need new codes</source>
        <translation>Cuentas que necesitan códigos nuevos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/banner.py" line="63"/>
        <source>and %n more account(s)</source>
        <translation>
            <numerusform>y %n cuenta más</numerusform>
            <numerusform>y %n cuentas más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/banner.py" line="65"/>
        <source>Generate a new set of codes at the site (in its security settings), then import it here. Until then, keep the remaining codes for a real emergency.</source>
        <translation>Genere un nuevo juego de códigos en el sitio (en su configuración de seguridad) y luego impórtelo aquí. Mientras tanto, guarde los códigos que le quedan para una verdadera emergencia.</translation>
    </message>
    <message>
        <location filename="../../ui/window/banner.py" line="74"/>
        <source>%1 has no codes left</source>
        <translation>%1: no quedan códigos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/banner.py" line="75"/>
        <source>%1 has only %n code(s) left</source>
        <translation>
            <numerusform>%1: solo queda %n código</numerusform>
            <numerusform>%1: solo quedan %n códigos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="91"/>
        <location filename="../../ui/intake/import_pages.py" line="104"/>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="94"/>
        <source>Reading the document</source>
        <translation>Leyendo el documento</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="104"/>
        <source>Reading the codes…</source>
        <translation>Leyendo los códigos…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="194"/>
        <location filename="../../ui/access/passphrase_dialog.py" line="212"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="199"/>
        <source>Choose a new passphrase for this vault. Your codes stay as they are; from now on only the new passphrase opens the vault.</source>
        <translation>Elija una nueva frase de contraseña para esta bóveda. Sus códigos no cambian; a partir de ahora, solo la nueva frase de contraseña abre la bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="211"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="215"/>
        <location filename="../../ui/access/passphrase_dialog.py" line="216"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CodesPanel</name>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="52"/>
        <source>About this account</source>
        <translation>Sobre esta cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="56"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="57"/>
        <source>Mark used</source>
        <translation>Marcar como usado</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="58"/>
        <source>Mark unused</source>
        <translation>Marcar como no usado</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="88"/>
        <source>Codes of the selected account</source>
        <translation>Códigos de la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="99"/>
        <source>Code columns</source>
        <translation>Columnas de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="74"/>
        <source>What Use next code does</source>
        <translation>Qué hace Usar el siguiente código</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="126"/>
        <source>No account selected</source>
        <translation>No hay ninguna cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="127"/>
        <source>Choose an account on the left.</source>
        <translation>Elija una cuenta a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="132"/>
        <source>A set of single-use codes</source>
        <translation>Un juego de códigos de un solo uso</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="133"/>
        <source>One code, replaced by the site after each use</source>
        <translation>Un código que el sitio reemplaza después de cada uso</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="134"/>
        <source>A recovery key (used again and again, never used up)</source>
        <translation>Una clave de recuperación (se usa una y otra vez, nunca se agota)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/codes_panel.py" line="139"/>
        <source>%1 of %n code(s) unused · %2</source>
        <translation>
            <numerusform>%1 de %n código sin usar · %2</numerusform>
            <numerusform>%1 de %n códigos sin usar · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="144"/>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="147"/>
        <source>Copies the key. A recovery key is never used up.</source>
        <translation>Copia la clave. Una clave de recuperación nunca se agota.</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="150"/>
        <source>No unused codes left. Generate a new set at the site, then import it.</source>
        <translation>No quedan códigos sin usar. Genere un nuevo juego de códigos en el sitio y luego impórtelo.</translation>
    </message>
    <message>
        <location filename="../../ui/window/codes_panel.py" line="155"/>
        <source>Copies the next unused code and asks whether it worked before marking it used.</source>
        <translation>Copia el siguiente código sin usar y le pregunta si funcionó antes de marcarlo como usado.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="75"/>
        <source>Notes and warning — %1</source>
        <translation>Notas y aviso — %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="77"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="81"/>
        <source>Warn when this many codes are left</source>
        <translation>Avisar cuando queden estos códigos</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="83"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="84"/>
        <source>&amp;Warn when this many codes are left:</source>
        <translation>&amp;Avisar cuando queden estos códigos:</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="89"/>
        <source>A recovery key is never used up, so there is nothing to warn about.</source>
        <translation>Una clave de recuperación nunca se agota, así que no hay nada de qué avisar.</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="94"/>
        <source>The banner at the top warns you when this few unused codes are left, so you can get a new set before you run out.</source>
        <translation>El aviso de arriba le advierte cuando queden solo estos códigos sin usar, para que consiga un nuevo juego antes de quedarse sin ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="101"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>DidItWorkBox</name>
    <message>
        <location filename="../../ui/window/use_code.py" line="44"/>
        <source>Did the code work?</source>
        <translation>¿Funcionó el código?</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="47"/>
        <source>Code %1 for %2 is on the clipboard:
%3</source>
        <translation>El código %1 de %2 está en el portapapeles:
%3</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="54"/>
        <source>Paste it at the site. If it worked, the site gives you a new code: you will be asked for it next.</source>
        <translation>Péguelo en el sitio. Si funcionó, el sitio le da un código nuevo: se lo pediremos a continuación.</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="58"/>
        <source>Paste it at the site, then say whether it worked.</source>
        <translation>Péguelo en el sitio y luego indique si funcionó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/use_code.py" line="59"/>
        <source>The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>El portapapeles se borra en %n segundo.</numerusform>
            <numerusform>El portapapeles se borra en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="62"/>
        <source>&amp;Yes, it worked: mark it used</source>
        <translation>&amp;Sí, funcionó: marcarlo como usado</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="64"/>
        <source>&amp;No, keep it unused</source>
        <translation>&amp;No, dejarlo sin usar</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="65"/>
        <source>Yes, it worked: mark it used</source>
        <translation>Sí, funcionó: marcarlo como usado</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="66"/>
        <source>No, keep it unused</source>
        <translation>No, dejarlo sin usar</translation>
    </message>
</context>
<context>
    <name>EmergencyPrintDialog</name>
    <message>
        <location filename="../../ui/paper/emergency_print_dialog.py" line="51"/>
        <location filename="../../ui/paper/emergency_print_dialog.py" line="52"/>
        <source>Print the emergency sheet</source>
        <translation>Imprimir la hoja de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/paper/emergency_print_dialog.py" line="55"/>
        <source>Print the sheet with your recovery key, or save it as a PDF to print right away.</source>
        <translation>Imprima la hoja con su clave de recuperación, o guárdela como PDF para imprimirla enseguida.</translation>
    </message>
    <message>
        <location filename="../../ui/paper/emergency_print_dialog.py" line="60"/>
        <source>Anyone with this sheet and your vault file can open your codes. Keep the paper away from this computer; if you save a PDF, delete it once it is printed.</source>
        <translation>Cualquier persona que tenga esta hoja y su archivo de bóveda puede abrir sus códigos. Guarde el papel lejos de esta computadora; si guarda un PDF, elimínelo una vez impreso.</translation>
    </message>
</context>
<context>
    <name>EmptyVaultPage</name>
    <message>
        <location filename="../../ui/window/empty_vault_page.py" line="19"/>
        <source>Import your first codes</source>
        <translation>Importe sus primeros códigos</translation>
    </message>
    <message>
        <location filename="../../ui/window/empty_vault_page.py" line="26"/>
        <source>Your vault is empty. Add the backup codes a site gave you: choose the PDF or text file you downloaded, paste the codes (Ctrl+V), or drop the file on this window. The codes are encrypted as soon as they are in the vault.</source>
        <translation>Su bóveda está vacía. Agregue los códigos de respaldo que le dio un sitio: elija el PDF o el archivo de texto que descargó, pegue los códigos (Ctrl+V) o arrastre el archivo a esta ventana. Los códigos se cifran en cuanto están en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/window/empty_vault_page.py" line="35"/>
        <source>&amp;Import codes…</source>
        <translation>&amp;Importar códigos…</translation>
    </message>
    <message>
        <location filename="../../ui/window/empty_vault_page.py" line="36"/>
        <source>Import codes</source>
        <translation>Importar códigos</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="75"/>
        <location filename="../../ui/export/export_dialog.py" line="76"/>
        <source>Export codes</source>
        <translation>Exportar códigos</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="80"/>
        <source>Make an encrypted file that another program can open. It is locked with its own export passphrase, not your vault passphrase.</source>
        <translation>Cree un archivo cifrado que otro programa pueda abrir. Queda protegido con su propia frase de contraseña de exportación, no con la de su bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="91"/>
        <source>Kind of file:</source>
        <translation>Tipo de archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="93"/>
        <source>A&amp;ccounts:</source>
        <translation>C&amp;uentas:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="95"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="99"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="105"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="106"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="108"/>
        <location filename="../../ui/export/export_dialog.py" line="109"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="139"/>
        <source>Opens in KeePassXC, KeePass and KeePassDX. Each account becomes an entry.</source>
        <translation>Se abre en KeePassXC, KeePass y KeePassDX. Cada cuenta se convierte en una entrada.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="142"/>
        <source>Import it into Bitwarden, or into KeePassXC 2.7.7 or newer.</source>
        <translation>Impórtelo en Bitwarden, o en KeePassXC 2.7.7 o posterior.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="145"/>
        <source>Opens in Backup Code Vault, with the history of every code.</source>
        <translation>Se abre en Backup Code Vault, con el historial de cada código.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="149"/>
        <source>&amp;KeePass / KeePassXC file (.kdbx)</source>
        <translation>Archivo de &amp;KeePass / KeePassXC (.kdbx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="150"/>
        <source>&amp;Bitwarden encrypted export (.json)</source>
        <translation>Exportación cifrada de &amp;Bitwarden (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="151"/>
        <source>Copy of this &amp;vault file</source>
        <translation>Copia de este archi&amp;vo de bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="165"/>
        <source>About this kind of file</source>
        <translation>Sobre este tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="171"/>
        <source>Accounts to export</source>
        <translation>Cuentas que exportar</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="180"/>
        <source>File to save the export to</source>
        <translation>Archivo donde guardar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="182"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="183"/>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="194"/>
        <source>Export passphrase</source>
        <translation>Frase de contraseña de exportación</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="197"/>
        <source>Export passphrase again</source>
        <translation>Frase de contraseña de exportación otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="200"/>
        <source>Use this &amp;weak passphrase anyway (not recommended)</source>
        <translation>Usar esta frase de contraseña &amp;débil de todos modos (no recomendado)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="202"/>
        <source>Use this weak passphrase anyway (not recommended)</source>
        <translation>Usar esta frase de contraseña débil de todos modos (no recomendado)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="205"/>
        <source>Anyone with the file and this passphrase can read every code in it. Without the passphrase nobody can open it: write it down.</source>
        <translation>Cualquier persona con el archivo y esta frase de contraseña puede leer todos sus códigos. Sin la frase de contraseña nadie puede abrirlo: anótela.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="212"/>
        <source>Export &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de exportación:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="214"/>
        <source>Type it a&amp;gain:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="251"/>
        <source>Select at least one account.</source>
        <translation>Seleccione al menos una cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="254"/>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="256"/>
        <source>Give a file name, not just a folder.</source>
        <translation>Escriba un nombre de archivo, no solo una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="258"/>
        <source>The folder for the file does not exist. Choose another place.</source>
        <translation>La carpeta del archivo no existe. Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="260"/>
        <source>That is your vault file itself. Choose another name.</source>
        <translation>Ese es su propio archivo de bóveda. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="263"/>
        <source>Choose an export passphrase.</source>
        <translation>Elija una frase de contraseña de exportación.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="266"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña son distintas. Escriba la misma dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="268"/>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Escriba la frase de contraseña otra vez para confirmarla.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="272"/>
        <source>The passphrase is too easy to guess. Make it longer, or tick &quot;Use this weak passphrase anyway&quot;.</source>
        <translation>La frase de contraseña es demasiado fácil de adivinar. Hágala más larga o marque &quot;Usar esta frase de contraseña débil de todos modos&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="293"/>
        <source>A file with this name exists; it will be replaced.</source>
        <translation>Ya existe un archivo con este nombre; será reemplazado.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="336"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="338"/>
        <source>%1 files (*%2)</source>
        <translation>Archivos %1 (*%2)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/access/first_run.py" line="62"/>
        <source>Welcome to Backup Code Vault</source>
        <translation>Le damos la bienvenida a Backup Code Vault</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="69"/>
        <source>Your backup codes will be kept encrypted in one file on this computer. Choose where it is kept and a passphrase that opens it. Nothing is ever sent anywhere.</source>
        <translation>Sus códigos de respaldo se guardarán cifrados en un solo archivo en esta computadora. Elija dónde guardarlo y una frase de contraseña para abrirlo. Nunca se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="80"/>
        <source>Where the vault is kept</source>
        <translation>Dónde se guarda la bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="81"/>
        <source>The vault file will be kept in:</source>
        <translation>El archivo de la bóveda se guardará en:</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="82"/>
        <source>C&amp;hange…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="89"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="93"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="95"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="98"/>
        <source>I already have a vault: &amp;open it…</source>
        <translation>Ya tengo una bóveda: &amp;abrirla…</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="83"/>
        <source>Change where the vault is kept</source>
        <translation>Cambiar dónde se guarda la bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="59"/>
        <source>Create your vault</source>
        <translation>Cree su bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="99"/>
        <source>I already have a vault: open it instead</source>
        <translation>Ya tengo una bóveda: abrirla en su lugar</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="101"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="102"/>
        <source>Create vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="106"/>
        <source>Quit without creating a vault</source>
        <translation>Salir sin crear una bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="149"/>
        <source>Where should the vault be kept?</source>
        <translation>¿Dónde se guardará la bóveda?</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="160"/>
        <source>Open a vault</source>
        <translation>Abrir una bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="162"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="182"/>
        <source>Creating your vault… this takes a second or two.</source>
        <translation>Creando su bóveda… esto tarda un par de segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/access/first_run.py" line="192"/>
        <source>A file already exists at %1. Open it instead, or choose another place.</source>
        <translation>Ya existe un archivo en %1. Ábralo en su lugar, o elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="93"/>
        <location filename="../../ui/window/history_dialog.py" line="98"/>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/history_dialog.py" line="110"/>
        <source>Imported %1, replaced %2: %n code(s)</source>
        <translation>
            <numerusform>Importado el %1, reemplazado el %2: %n código</numerusform>
            <numerusform>Importado el %1, reemplazado el %2: %n códigos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="119"/>
        <source>Earlier sets (no longer accepted by the site):</source>
        <translation>Juegos anteriores (el sitio ya no los acepta):</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="125"/>
        <source>Earlier sets of codes</source>
        <translation>Juegos de códigos anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="129"/>
        <location filename="../../ui/window/history_dialog.py" line="130"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="65"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="65"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="69"/>
        <source>Account created</source>
        <translation>Cuenta creada</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="70"/>
        <source>Codes imported</source>
        <translation>Códigos importados</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="71"/>
        <source>Codes added by hand</source>
        <translation>Códigos agregados a mano</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="72"/>
        <source>Code %1 marked used</source>
        <translation>Código %1 marcado como usado</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="73"/>
        <source>Code %1 marked unused again</source>
        <translation>Código %1 marcado otra vez como no usado</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="74"/>
        <source>New set of codes replaced the old one</source>
        <translation>Un juego de códigos nuevo reemplazó al anterior</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="75"/>
        <source>Renamed</source>
        <translation>Nombre cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="76"/>
        <source>Details changed</source>
        <translation>Detalles cambiados</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="77"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../ui/window/history_dialog.py" line="78"/>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
</context>
<context>
    <name>ImportCodesList</name>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="41"/>
        <source>Codes found</source>
        <translation>Códigos encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="56"/>
        <source>Remove the selected codes</source>
        <translation>Quitar los códigos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="61"/>
        <source>A&amp;dd a code</source>
        <translation>A&amp;gregar un código</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="62"/>
        <source>Add a code to the list</source>
        <translation>Agregar un código a la lista</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="64"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_codes_list.py" line="65"/>
        <source>Remove the selected codes from the list</source>
        <translation>Quitar de la lista los códigos seleccionados</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="95"/>
        <location filename="../../ui/intake/import_dialog.py" line="209"/>
        <source>Import codes</source>
        <translation>Importar códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="121"/>
        <location filename="../../ui/intake/import_dialog.py" line="210"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="123"/>
        <location filename="../../ui/intake/import_dialog.py" line="211"/>
        <source>Import the codes</source>
        <translation>Importar los códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="126"/>
        <location filename="../../ui/intake/import_dialog.py" line="212"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="203"/>
        <source>Restore from a paper copy</source>
        <translation>Restaurar desde una copia en papel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="204"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="205"/>
        <source>Restore the accounts</source>
        <translation>Restaurar las cuentas</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="206"/>
        <source>Cancel the restore</source>
        <translation>Cancelar la restauración</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="230"/>
        <source>Choose the document with your codes</source>
        <translation>Elija el documento con sus códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="233"/>
        <source>Code documents (%1)</source>
        <translation>Documentos de códigos (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="234"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="310"/>
        <source>Nothing in the pasted text looks like a backup code. Check that you copied the codes themselves, or type them here, one per line.</source>
        <translation>Nada en el texto pegado parece un código de respaldo. Compruebe que copió los códigos mismos, o escríbalos aquí, uno por línea.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="318"/>
        <source>There is nothing to import on the clipboard: no text, and no PDF or text file. Copy the codes from the site or the document, then paste them here; or type them, one per line.</source>
        <translation>No hay nada que importar en el portapapeles: ni texto, ni un PDF o archivo de texto. Copie los códigos del sitio o del documento y péguelos aquí; o escríbalos, uno por línea.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="292"/>
        <source>Open a vault</source>
        <translation>Abrir una bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="294"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="55"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="60"/>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="61"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="67"/>
        <source>Type the new passphrase again</source>
        <translation>Escriba otra vez la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="68"/>
        <source>Type it &amp;again:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="72"/>
        <source>Whether the two passphrases match</source>
        <translation>Si las dos frases de contraseña coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="74"/>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>&amp;Usar esta frase de contraseña débil de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="75"/>
        <source>Use this weak passphrase anyway</source>
        <translation>Usar esta frase de contraseña débil de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="77"/>
        <source>A weak passphrase can be guessed by anyone who gets a copy of the vault file.</source>
        <translation>Cualquier persona que consiga una copia del archivo de la bóveda puede adivinar una frase de contraseña débil.</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="92"/>
        <source>A forgotten passphrase cannot be recovered.</source>
        <translation>Una frase de contraseña olvidada no se puede recuperar.</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="98"/>
        <source>Nobody can reset it, not even the makers of this app. Your emergency recovery key still opens the vault if you forget it, so keep that sheet safe.</source>
        <translation>Nadie puede restablecerla, ni siquiera los creadores de esta aplicación. Si la olvida, su clave de recuperación de emergencia todavía abre la bóveda, así que guarde esa hoja en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="103"/>
        <source>Nobody can reset it, not even the makers of this app. If you forget it, the codes in this vault are lost, unless you have an emergency recovery key. Choose one you will remember.</source>
        <translation>Nadie puede restablecerla, ni siquiera los creadores de esta aplicación. Si la olvida, los códigos de esta bóveda se pierden, a menos que tenga una clave de recuperación de emergencia. Elija una que vaya a recordar.</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="176"/>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/access/passphrase_dialog.py" line="180"/>
        <source>The two passphrases are not the same. Check both.</source>
        <translation>Las dos frases de contraseña no son iguales. Revise ambas.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="75"/>
        <source>Save as a PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="122"/>
        <source>What is happening</source>
        <translation>Qué está pasando</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="125"/>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Vista previa e imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="126"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="129"/>
        <location filename="../../ui/paper/paper_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="177"/>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="178"/>
        <source>US &amp;Letter</source>
        <translation>&amp;Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="182"/>
        <source>Paper size:</source>
        <translation>Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="215"/>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="250"/>
        <source>That is your vault file. Choose another name for the PDF.</source>
        <translation>Ese es su archivo de bóveda. Elija otro nombre para el PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="281"/>
        <source>The PDF could not be saved as %1 (%2).</source>
        <translation>No se pudo guardar el PDF como %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="285"/>
        <source>Nothing was changed: no file was left behind, and a file of that name is as it was.</source>
        <translation>No se cambió nada: no quedó ningún archivo a medias, y un archivo con ese nombre sigue como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="288"/>
        <source>Choose another folder, such as Documents, check that the disk has free space, and try again.</source>
        <translation>Elija otra carpeta, como Documentos, compruebe que el disco tenga espacio libre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/paper/paper_dialog.py" line="296"/>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="36"/>
        <location filename="../../ui/intake/import_pages.py" line="79"/>
        <source>Paste your codes here</source>
        <translation>Pegue sus códigos aquí</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="40"/>
        <source>Copy the codes from the site or from the document it gave you, and paste them below; or type them, one per line. You can also choose the file itself.</source>
        <translation>Copie los códigos del sitio o del documento que le dio, y péguelos abajo; o escríbalos, uno por línea. También puede elegir el archivo mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="50"/>
        <source>For example:
1234 5678
8765 4321</source>
        <translation>Por ejemplo:
1234 5678
8765 4321</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="51"/>
        <source>Codes to scan</source>
        <translation>Códigos que buscar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="53"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="54"/>
        <source>Choose a file with your codes</source>
        <translation>Elegir un archivo con sus códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="56"/>
        <source>&amp;Scan</source>
        <translation>&amp;Buscar códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="57"/>
        <source>Scan the pasted text for codes</source>
        <translation>Buscar códigos en el texto pegado</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="79"/>
        <source>Type or paste your codes here</source>
        <translation>Escriba o pegue sus códigos aquí</translation>
    </message>
</context>
<context>
    <name>PreviewCodesModel</name>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="183"/>
        <source>Already in your vault, in %1</source>
        <translation>Ya está en su bóveda, en %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="187"/>
        <source>Not ticked: tick it if it is one of your codes</source>
        <translation>Sin marcar: márquelo si es uno de sus códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="198"/>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="200"/>
        <source>Tick this if you have already used this code</source>
        <translation>Marque esto si ya usó este código</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="205"/>
        <source>Not sure it is a code: it %1</source>
        <translation>No es seguro que sea un código: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="208"/>
        <source>The scan was not sure this is a code: it %1. Tick it if it is one of your codes.</source>
        <translation>No es seguro que esto sea un código: %1. Márquelo si es uno de sus códigos.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="222"/>
        <source>used on %1</source>
        <translation>usado el %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="223"/>
        <source>used before import</source>
        <translation>usado antes de importarlo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="272"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="274"/>
        <source>Already used</source>
        <translation>Ya usado</translation>
    </message>
    <message>
        <location filename="../../ui/intake/preview_codes_model.py" line="276"/>
        <source>Not sure, because it…</source>
        <translation>Dudoso, porque…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="76"/>
        <source>Compare the codes with the document. Double-click one (or press F2) to fix it; tick any you have already used.</source>
        <translation>Compare los códigos con el documento. Haga doble clic en uno (o pulse F2) para corregirlo; marque los que ya haya usado.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="85"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="86"/>
        <source>For example GitHub</source>
        <translation>Por ejemplo GitHub</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="89"/>
        <source>Kind of codes</source>
        <translation>Tipo de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="91"/>
        <source>A list of single-use codes</source>
        <translation>Una lista de códigos de un solo uso</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="92"/>
        <source>One code that the site replaces after use</source>
        <translation>Un código que el sitio reemplaza después de usarlo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="93"/>
        <source>A recovery key you can reuse</source>
        <translation>Una clave de recuperación que se puede reutilizar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="98"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="99"/>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="104"/>
        <source>Name of the new account</source>
        <translation>Nombre de la cuenta nueva</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="105"/>
        <source>For example: GitHub — jane@example.com</source>
        <translation>Por ejemplo: GitHub — ana@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="110"/>
        <source>Warn me when this many codes are left</source>
        <translation>Avisarme cuando queden estos códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="115"/>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="116"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="117"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="118"/>
        <source>&amp;Name of the new account:</source>
        <translation>&amp;Nombre de la cuenta nueva:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="119"/>
        <source>&amp;Warn me when this many are left:</source>
        <translation>&amp;Avisarme cuando queden estos:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="123"/>
        <source>R&amp;eplace the current codes</source>
        <translation>R&amp;eemplazar los códigos actuales</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="124"/>
        <source>Replace the current codes</source>
        <translation>Reemplazar los códigos actuales</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/import_preview.py" line="166"/>
        <source>Found %n code(s) in %1.</source>
        <translation>
            <numerusform>Se encontró %n código en %1.</numerusform>
            <numerusform>Se encontraron %n códigos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/import_preview.py" line="170"/>
        <source>Found %n code(s) in the pasted text.</source>
        <translation>
            <numerusform>Se encontró %n código en el texto pegado.</numerusform>
            <numerusform>Se encontraron %n códigos en el texto pegado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/import_preview.py" line="177"/>
        <source>The scan is not sure about %n more possible code(s). They are at the end of the list, not ticked, each with the reason. Tick the ones that are your codes.</source>
        <translation>
            <numerusform>Hay %n código dudoso más. Está al final de la lista, sin marcar, con el motivo. Márquelo si es uno de sus códigos.</numerusform>
            <numerusform>Hay %n códigos dudosos más. Están al final de la lista, sin marcar, cada uno con el motivo. Marque los que sean sus códigos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="189"/>
        <source>These might be codes — check them</source>
        <translation>Estos podrían ser códigos: revíselos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="192"/>
        <source>The scan could not be sure that anything in %1 is a backup code.</source>
        <translation>No hay certeza de que algo en %1 sea un código de respaldo.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="196"/>
        <source>The scan could not be sure that anything you pasted is a backup code.</source>
        <translation>No hay certeza de que algo de lo que pegó sea un código de respaldo.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="202"/>
        <source>Check each one and tick the ones that are your codes; the note beside each says why the scan was not sure.</source>
        <translation>Revise cada uno y marque los que sean sus códigos; la nota al lado de cada uno explica la duda.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="251"/>
        <source>This document is for %1, but your account %2 is for %3, so the codes go to a new account.</source>
        <translation>Este documento es para %1, pero su cuenta %2 es para %3, así que los códigos van a una cuenta nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="256"/>
        <source>This document is for %1, but your account %2 is for someone else, so the codes go to a new account.</source>
        <translation>Este documento es para %1, pero su cuenta %2 es de otra persona, así que los códigos van a una cuenta nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="261"/>
        <source>This document is for %1. If these are new codes for your account %2, choose it under Account; otherwise they go to a new account.</source>
        <translation>Este documento es para %1. Si son códigos nuevos para su cuenta %2, elíjala en Cuenta; si no, van a una cuenta nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="285"/>
        <source>%1 already holds a recovery key.</source>
        <translation>%1 ya guarda una clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="287"/>
        <source>%1 already has a code.</source>
        <translation>%1 ya tiene un código.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="289"/>
        <source>%1 already has codes (%2 of %3 not used yet).</source>
        <translation>%1 ya tiene códigos (%2 de %3 sin usar todavía).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_preview.py" line="299"/>
        <source>Importing a new set retires the old one, because sites cancel the old codes when they issue new ones. The old set stays readable in the account&apos;s history. If these codes belong to a different account, choose “New account” above.</source>
        <translation>Importar un juego nuevo retira el anterior, porque los sitios anulan los códigos viejos cuando emiten otros nuevos. El juego anterior se puede seguir leyendo en el historial de la cuenta. Si estos códigos son de otra cuenta, elija “Cuenta nueva” arriba.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="71"/>
        <location filename="../../ui/paper/print_dialog.py" line="72"/>
        <source>Print a paper copy</source>
        <translation>Imprimir una copia en papel</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="74"/>
        <source>Print your codes to keep on paper, or save them as a PDF to print later.</source>
        <translation>Imprima sus códigos para guardarlos en papel, o guárdelos como PDF para imprimirlos más tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="77"/>
        <source>Accounts to print</source>
        <translation>Cuentas que imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="79"/>
        <source>A&amp;ccounts:</source>
        <translation>C&amp;uentas:</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="82"/>
        <source>Used codes:</source>
        <translation>Códigos usados:</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="85"/>
        <source>The paper copy is not encrypted. Keep it somewhere safe, like a safe-deposit box.</source>
        <translation>La copia en papel no está cifrada. Guárdela en un lugar seguro, como una caja de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="97"/>
        <source>&amp;Strike them through, with the date each was used</source>
        <translation>Tac&amp;harlos, con la fecha en que se usó cada uno</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="100"/>
        <source>Leave them &amp;off the paper</source>
        <translation>Dejarlos &amp;fuera del papel</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="131"/>
        <source>Select at least one account to print.</source>
        <translation>Seleccione al menos una cuenta para imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="153"/>
        <source>The paper copy was sent to the printer.</source>
        <translation>La copia en papel se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/paper/print_dialog.py" line="156"/>
        <source>Saved the paper copy as %1. The PDF is not encrypted: print it, then delete it or keep it somewhere safe.</source>
        <translation>La copia en papel se guardó como %1. El PDF no está cifrado: imprímalo y luego elimínelo o guárdelo en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="123"/>
        <source>PDF &amp;password:</source>
        <translation>&amp;Contraseña del PDF:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="126"/>
        <source>The PDF&apos;s password</source>
        <translation>La contraseña del PDF</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="128"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="129"/>
        <source>Open the PDF with this password</source>
        <translation>Abrir el PDF con esta contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="139"/>
        <source>&amp;Type or paste the codes instead</source>
        <translation>&amp;Escribir o pegar los códigos en su lugar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="140"/>
        <source>Type or paste the codes instead</source>
        <translation>Escribir o pegar los códigos en su lugar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="142"/>
        <source>Choose &amp;another file…</source>
        <translation>Elegir &amp;otro archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="143"/>
        <source>Choose another file with your codes</source>
        <translation>Elegir otro archivo con sus códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="167"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="169"/>
        <source>Something went wrong while reading, and no codes were read. Try again, or type or paste the codes instead.</source>
        <translation>Algo salió mal durante la lectura y no se leyó ningún código. Inténtelo de nuevo, o escriba o pegue los códigos en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="181"/>
        <source>%1 needs its password</source>
        <translation>%1 necesita su contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_pages.py" line="183"/>
        <source>No codes could be read from %1</source>
        <translation>No se pudo leer ningún código de %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="76"/>
        <source>Your emergency recovery key</source>
        <translation>Su clave de recuperación de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="114"/>
        <source>Print this key or write it down now</source>
        <translation>Imprima esta clave o anótela ahora</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="85"/>
        <source>This key opens your vault if you ever forget your passphrase. It is shown only this once.</source>
        <translation>Esta clave abre su bóveda si algún día olvida su frase de contraseña. Se muestra solo esta vez.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="147"/>
        <source>Print it, or copy it by hand exactly as shown. It will not be shown again.</source>
        <translation>Imprímala, o cópiela a mano exactamente como aparece. No se volverá a mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="150"/>
        <source>Keep the paper somewhere safe, away from this computer: for example with your passport or other important papers.</source>
        <translation>Guarde el papel en un lugar seguro, lejos de esta computadora: por ejemplo, con su pasaporte u otros documentos importantes.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="154"/>
        <source>Anyone with this key and a copy of your vault file can open the vault. Nobody legitimate will ever ask you for it.</source>
        <translation>Cualquier persona con esta clave y una copia de su archivo de bóveda puede abrir la bóveda. Nadie legítimo se la pedirá nunca.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="158"/>
        <source>If you ever create a new recovery key, this one stops working and this paper can be destroyed.</source>
        <translation>Si algún día crea una nueva clave de recuperación, esta deja de funcionar y puede destruir este papel.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="165"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>&amp;Imprimir la hoja de emergencia…</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="166"/>
        <source>Print emergency sheet</source>
        <translation>Imprimir la hoja de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="95"/>
        <source>Printing status</source>
        <translation>Estado de la impresión</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="100"/>
        <source>I have printed it or &amp;written it down</source>
        <translation>Ya la imprimí o la &amp;anoté</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="101"/>
        <source>I have printed it or written it down</source>
        <translation>Ya la imprimí o la anoté</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="131"/>
        <source>Emergency recovery key: %1</source>
        <translation>Clave de recuperación de emergencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="169"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="214"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="238"/>
        <source>The key will not be shown again. Print it or write it down, then tick “I have printed it or written it down”.</source>
        <translation>La clave no se volverá a mostrar. Imprímala o anótela, y luego marque “Ya la imprimí o la anoté”.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="263"/>
        <source>Printing could not start on this computer. Write the key down by hand instead, exactly as shown, and check it twice.</source>
        <translation>No se pudo imprimir en esta computadora. Anote la clave a mano, exactamente como aparece, y revísela dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="279"/>
        <source>The sheet was sent to the printer. Check that the key printed clearly, then tick the box below.</source>
        <translation>La hoja se envió a la impresora. Compruebe que la clave se imprimió con claridad y luego marque la casilla de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recovery_key_dialog.py" line="284"/>
        <source>The sheet was saved as %1. Print it now, check that the key printed clearly, then delete the PDF and tick the box below.</source>
        <translation>La hoja se guardó como %1. Imprímala ahora, compruebe que la clave se imprimió con claridad, elimine el PDF y marque la casilla de abajo.</translation>
    </message>
</context>
<context>
    <name>RejoinPrompt</name>
    <message>
        <location filename="../../ui/state/rejoin.py" line="39"/>
        <source>The passphrase was changed elsewhere</source>
        <translation>La frase de contraseña se cambió en otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/state/rejoin.py" line="41"/>
        <source>The vault&apos;s passphrase was changed in another window or program,
so your changes here are not saved yet (nothing is lost).

Type the new passphrase to save them:</source>
        <translation>La frase de contraseña de la bóveda se cambió en otra ventana o programa,
así que sus cambios aquí todavía no se guardaron (no se perdió nada).

Escriba la nueva frase de contraseña para guardarlos:</translation>
    </message>
    <message>
        <location filename="../../ui/state/rejoin.py" line="46"/>
        <source>That passphrase does not open the vault. Try again.</source>
        <translation>Esa frase de contraseña no abre la bóveda. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="48"/>
        <source>Rename account</source>
        <translation>Cambiar el nombre de la cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="51"/>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="53"/>
        <source>&amp;New name for “%1”:</source>
        <translation>&amp;Nombre nuevo para “%1”:</translation>
    </message>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="55"/>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar el nombre</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <location filename="../../ui/window/use_code.py" line="87"/>
        <source>The new code from %1</source>
        <translation>El código nuevo de %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="90"/>
        <source>%1 gives you a new backup code after you use one (it may be on the page you see now). Type or paste it here, exactly as shown, so you have it next time.</source>
        <translation>%1 le da un código de respaldo nuevo después de usar uno (puede estar en la página que ve ahora). Escríbalo o péguelo aquí, exactamente como aparece, para tenerlo la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="99"/>
        <source>New code</source>
        <translation>Código nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="100"/>
        <source>New &amp;code:</source>
        <translation>&amp;Código nuevo:</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="103"/>
        <source>&amp;Save the new code</source>
        <translation>&amp;Guardar el código nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="104"/>
        <source>Save the new code</source>
        <translation>Guardar el código nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="107"/>
        <source>I don&apos;t have the new code &amp;yet</source>
        <translation>&amp;Todavía no tengo el código nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/window/use_code.py" line="108"/>
        <source>I don&apos;t have the new code yet</source>
        <translation>Todavía no tengo el código nuevo</translation>
    </message>
</context>
<context>
    <name>RestoreModel</name>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="102"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="103"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="104"/>
        <source>What happens</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="123"/>
        <source>A recovery key</source>
        <translation>Una clave de recuperación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/restore_page.py" line="124"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/restore_page.py" line="127"/>
        <source>%1, %n used</source>
        <translation>
            <numerusform>%1, %n usado</numerusform>
            <numerusform>%1, %n usados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="131"/>
        <source>Added as a new account</source>
        <translation>Se agrega como cuenta nueva</translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="133"/>
        <source>Already in your vault: the codes used on paper are marked used</source>
        <translation>Ya está en su bóveda: los códigos usados en el papel se marcan como usados</translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="135"/>
        <source>Skipped: your account of that name holds other codes</source>
        <translation>Se omite: su cuenta con ese nombre tiene otros códigos</translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="136"/>
        <source>Skipped: its codes are already in another account</source>
        <translation>Se omite: sus códigos ya están en otra cuenta</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="150"/>
        <source>Accounts on the paper copy</source>
        <translation>Cuentas en la copia en papel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/restore_page.py" line="174"/>
        <source>This is a paper copy with %n account(s)</source>
        <translation>
            <numerusform>Esta es una copia en papel con %n cuenta</numerusform>
            <numerusform>Esta es una copia en papel con %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/restore_page.py" line="178"/>
        <source>Restoring puts these accounts back into your vault, with the codes marked used on the paper. Nothing already in your vault is replaced or removed, and Undo (Ctrl+Z) takes the restore back.</source>
        <translation>Al restaurar, estas cuentas vuelven a su bóveda, con los códigos marcados como usados en el papel. No se reemplaza ni se quita nada de lo que ya está en su bóveda, y Deshacer (Ctrl+Z) anula la restauración.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/restore_page.py" line="186"/>
        <source>%n account(s) will be skipped, so that nothing in your vault is replaced. If the paper is newer, import those codes by hand and choose to replace the old ones.</source>
        <translation>
            <numerusform>Se omitirá %n cuenta, para no reemplazar nada de su bóveda. Si el papel es más reciente, importe esos códigos a mano y elija reemplazar los anteriores.</numerusform>
            <numerusform>Se omitirán %n cuentas, para no reemplazar nada de su bóveda. Si el papel es más reciente, importe esos códigos a mano y elija reemplazar los anteriores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <location filename="../../ui/widgets/safety_note.py" line="24"/>
        <source>No agency or company (USCIS, Google, your bank or anyone else) will ever ask you for backup codes by phone, e-mail or message. Anyone who asks is trying to get into your account: do not give them a code.</source>
        <translation>Ninguna agencia ni empresa (USCIS, Google, su banco ni nadie más) le pedirá nunca códigos de respaldo por teléfono, correo electrónico o mensaje. Quien se los pida está intentando entrar en su cuenta: no le dé ningún código.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/safety_note.py" line="30"/>
        <source>Safety reminder</source>
        <translation>Recordatorio de seguridad</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="46"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="47"/>
        <source>Lock after this many minutes without use</source>
        <translation>Bloquear después de estos minutos sin uso</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="52"/>
        <source>Clear a copied code from the clipboard after this many seconds</source>
        <translation>Borrar del portapapeles un código copiado después de estos segundos</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="57"/>
        <source>Warn when this many codes or fewer are left</source>
        <translation>Avisar cuando queden estos códigos o menos</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="60"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="63"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="69"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear después de:</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="72"/>
        <source>The vault locks itself after this long without use. It also locks when the computer locks or goes to sleep, and whenever you press Ctrl+L. “Never” turns off only the time limit.</source>
        <translation>La bóveda se bloquea sola después de este tiempo sin uso. También se bloquea cuando la computadora se bloquea o entra en reposo, y siempre que pulse Ctrl+L. “Nunca” desactiva solo el límite de tiempo.</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="79"/>
        <source>&amp;Clear copied codes after:</source>
        <translation>Borrar los códigos &amp;copiados después de:</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="82"/>
        <source>A code you copy is removed from the clipboard after this long, and when the vault locks. Anything you copied yourself since is left alone.</source>
        <translation>Un código que copie se quita del portapapeles después de este tiempo, y cuando se bloquea la bóveda. Lo que usted haya copiado después no se toca.</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="88"/>
        <source>&amp;Warn when this many codes or fewer are left:</source>
        <translation>&amp;Avisar cuando queden estos códigos o menos:</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="91"/>
        <source>Used for accounts you add from now on. Each account can have its own number: change it in the account&apos;s details.</source>
        <translation>Se aplica a las cuentas que agregue a partir de ahora. Cada cuenta puede tener su propio número: cámbielo en los detalles de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="97"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="100"/>
        <source>The app speaks the language you choose from the next time you open it. “Same as the system” follows your computer&apos;s language.</source>
        <translation>La aplicación usa el idioma que elija a partir de la próxima vez que la abra. “Igual que el sistema” sigue el idioma de su computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="109"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="110"/>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="113"/>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/settings_dialog.py" line="182"/>
        <source> minute(s)</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/settings_dialog.py" line="185"/>
        <source> second(s)</source>
        <translation>
            <numerusform> segundo</numerusform>
            <numerusform> segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="33"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="36"/>
        <source>Advice on the passphrase</source>
        <translation>Consejos sobre la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="66"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="67"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="68"/>
        <source>Fair — still too easy to guess</source>
        <translation>Regular — todavía demasiado fácil de adivinar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="69"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="70"/>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="76"/>
        <source>Strength: type a passphrase</source>
        <translation>Seguridad: escriba una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="77"/>
        <source>Tip: four or five unrelated words make a strong one.</source>
        <translation>Consejo: cuatro o cinco palabras sin relación entre sí forman una frase fuerte.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="80"/>
        <source>Strength: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength_meter.py" line="83"/>
        <source>Make it longer: add another unusual word.</source>
        <translation>Hágala más larga: agregue otra palabra poco común.</translation>
    </message>
</context>
<context>
    <name>SyncCopyBanner</name>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="61"/>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="62"/>
        <source>Merge the other copy into this vault</source>
        <translation>Combinar la otra copia con esta bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="67"/>
        <source>Another copy of your vault</source>
        <translation>Otra copia de su bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="92"/>
        <source>Another copy of your vault was made by a sync program — Merge it, so that codes used on the other device count here too.</source>
        <translation>Un programa de sincronización hizo otra copia de su bóveda. Combínela, para que los códigos usados en el otro dispositivo cuenten también aquí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/sync_copies.py" line="96"/>
        <source>(%n copies)</source>
        <translation>
            <numerusform>(%n copia)</numerusform>
            <numerusform>(%n copias)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="120"/>
        <source>Passphrase of the other copy</source>
        <translation>Frase de contraseña de la otra copia</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="123"/>
        <source>The other copy has a different passphrase:
it was changed on the other device.

Type that passphrase to merge the copy:</source>
        <translation>La otra copia tiene una frase de contraseña distinta:
se cambió en el otro dispositivo.

Escriba esa frase de contraseña para combinar la copia:</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="167"/>
        <source>The copy was not moved</source>
        <translation>La copia no se movió</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="168"/>
        <source>The copy could not be moved to the trash. It is here:
%1</source>
        <translation>No se pudo mover la copia a la papelera. Está aquí:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="177"/>
        <source>Move the other copy to the trash?</source>
        <translation>¿Mover la otra copia a la papelera?</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="178"/>
        <source>Merged. Everything in the other copy is now in your vault.</source>
        <translation>Combinada. Todo lo de la otra copia ya está en su bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="180"/>
        <source>You no longer need the copy the sync program made:
%1

Move it to the trash, so it is not merged again by mistake.</source>
        <translation>Ya no necesita la copia que hizo el programa de sincronización:
%1

Muévala a la papelera, para que no se vuelva a combinar por error.</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="183"/>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="183"/>
        <source>Move to Trash, the other copy</source>
        <translation>Mover a la papelera la otra copia</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="184"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="184"/>
        <source>Keep the other copy where it is</source>
        <translation>Dejar la otra copia donde está</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="195"/>
        <source>That passphrase does not open the other copy; nothing was merged. It is the passphrase the vault had on the other device.</source>
        <translation>Esa frase de contraseña no abre la otra copia; no se combinó nada. Es la frase de contraseña que la bóveda tenía en el otro dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="201"/>
        <source>The other copy could not be read (%1).</source>
        <translation>No se pudo leer la otra copia (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/window/sync_copies.py" line="202"/>
        <source>The other copy was not merged</source>
        <translation>La otra copia no se combinó</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/access/unlock.py" line="118"/>
        <source>Vault file</source>
        <translation>Archivo de la bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="133"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="134"/>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="146"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="148"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="153"/>
        <source>Open the &amp;backup copy</source>
        <translation>Abrir la co&amp;pia de respaldo</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="154"/>
        <source>Open the backup copy</source>
        <translation>Abrir la copia de respaldo</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="129"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="79"/>
        <location filename="../../ui/access/unlock.py" line="130"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="168"/>
        <source>Open &amp;another vault…</source>
        <translation>Abrir otra &amp;bóveda…</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="169"/>
        <source>Open another vault</source>
        <translation>Abrir otra bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="171"/>
        <source>Create a &amp;new vault…</source>
        <translation>Crear una bóveda &amp;nueva…</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="172"/>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="186"/>
        <source>Vault file: %1</source>
        <translation>Archivo de la bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="198"/>
        <source>Unlock with your recovery key</source>
        <translation>Desbloquear con su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="200"/>
        <source>Emergency &amp;recovery key (from your printed sheet):</source>
        <translation>Clave de &amp;recuperación de emergencia (de su hoja impresa):</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="202"/>
        <source>Emergency recovery key</source>
        <translation>Clave de recuperación de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="204"/>
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Volver a la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="205"/>
        <source>Back to the passphrase</source>
        <translation>Volver a la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="207"/>
        <source>Unlock your vault</source>
        <translation>Desbloquee su bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="208"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="209"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="211"/>
        <source>&amp;Forgot your passphrase? Use your recovery key</source>
        <translation>¿&amp;Olvidó su frase de contraseña? Use su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="212"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation>¿Olvidó su frase de contraseña? Use su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="258"/>
        <source>Unlocking… this takes a second or two.</source>
        <translation>Desbloqueando… esto tarda un par de segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="293"/>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="298"/>
        <source>The recovery key worked. Choose a new passphrase to open the vault.</source>
        <translation>La clave de recuperación funcionó. Elija una nueva frase de contraseña para abrir la bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="306"/>
        <source>The vault stays locked until you choose a new passphrase. Your recovery key still works: enter it again when you are ready.</source>
        <translation>La bóveda sigue bloqueada hasta que elija una nueva frase de contraseña. Su clave de recuperación sigue funcionando: escríbala otra vez cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="315"/>
        <source>Setting your new passphrase… this takes a second or two.</source>
        <translation>Guardando su nueva frase de contraseña… esto tarda un par de segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="338"/>
        <source>The new passphrase could not be saved: %1</source>
        <translation>No se pudo guardar la nueva frase de contraseña: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="349"/>
        <source>Open a vault</source>
        <translation>Abrir una bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/access/unlock.py" line="351"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>UnsavedCloseBox</name>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="25"/>
        <source>Your latest changes are not saved</source>
        <translation>Sus últimos cambios no están guardados</translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="26"/>
        <source>Your latest changes could not be saved.</source>
        <translation>No se pudieron guardar sus últimos cambios.</translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="31"/>
        <source>If you quit now, those changes are lost. The vault file keeps the last saved version.</source>
        <translation>Si sale ahora, esos cambios se pierden. El archivo de la bóveda conserva la última versión guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="35"/>
        <source>&amp;Retry saving</source>
        <translation>&amp;Volver a intentar guardar</translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="37"/>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="39"/>
        <source>Retry saving</source>
        <translation>Volver a intentar guardar</translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_close.py" line="40"/>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="63"/>
        <source>&amp;Import codes…</source>
        <translation>&amp;Importar códigos…</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="66"/>
        <source>&amp;Restore from a paper copy…</source>
        <translation>&amp;Restaurar desde una copia en papel…</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="69"/>
        <source>&amp;Print a paper copy…</source>
        <translation>Im&amp;primir una copia en papel…</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="71"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="73"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="76"/>
        <source>Emergency &amp;recovery key…</source>
        <translation>Clave de &amp;recuperación de emergencia…</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="79"/>
        <source>&amp;Settings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="156"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="158"/>
        <source>The vault was changed by another program while you were importing, so nothing was imported. Import the codes again.</source>
        <translation>Otro programa cambió la bóveda mientras usted importaba, así que no se importó nada. Vuelva a importar los códigos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/vault_actions.py" line="170"/>
        <source>Imported %n code(s) into %1.</source>
        <translation>
            <numerusform>Se importó %n código en %1.</numerusform>
            <numerusform>Se importaron %n códigos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="182"/>
        <source>Choose the PDF of your paper copy</source>
        <translation>Elija el PDF de su copia en papel</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="184"/>
        <source>Paper copies (*.pdf);;All files (*)</source>
        <translation>Copias en papel (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/vault_actions.py" line="202"/>
        <source>Restored %n account(s) from the paper copy.</source>
        <translation>
            <numerusform>Se restauró %n cuenta desde la copia en papel.</numerusform>
            <numerusform>Se restauraron %n cuentas desde la copia en papel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/vault_actions.py" line="207"/>
        <source>Added the used marks of the paper copy to %n account(s).</source>
        <translation>
            <numerusform>Se agregaron las marcas de uso de la copia en papel a %n cuenta.</numerusform>
            <numerusform>Se agregaron las marcas de uso de la copia en papel a %n cuentas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/vault_actions.py" line="213"/>
        <source>Skipped %n account(s).</source>
        <translation>
            <numerusform>Se omitió %n cuenta.</numerusform>
            <numerusform>Se omitieron %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="240"/>
        <source>Nothing to print yet</source>
        <translation>Todavía no hay nada que imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="241"/>
        <source>No account has codes yet. Import the codes from a site first.</source>
        <translation>Ninguna cuenta tiene códigos todavía. Primero importe los códigos de un sitio.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="273"/>
        <source>Exporting… this takes a second or two.</source>
        <translation>Exportando… esto tarda un par de segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="295"/>
        <source>Exported to %1. Keep the export passphrase safe.</source>
        <translation>Exportado a %1. Guarde la frase de contraseña de exportación en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="304"/>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>No se pudo escribir el archivo (%1). Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="308"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="324"/>
        <source>Changing the passphrase… this takes a second or two.</source>
        <translation>Cambiando la frase de contraseña… esto tarda un par de segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="327"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Se cambió la frase de contraseña. Use la nueva a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="330"/>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="332"/>
        <source>The passphrase was changed. Your old emergency recovery key no longer works: make a new one now (Vault ▸ Emergency recovery key) and print its sheet.</source>
        <translation>Se cambió la frase de contraseña. Su antigua clave de recuperación de emergencia ya no funciona: cree una nueva ahora (Bóveda ▸ Clave de recuperación de emergencia) e imprima su hoja.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="341"/>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="343"/>
        <source>Your passphrase was changed. From now on, unlock this vault with the new passphrase; the old one no longer opens it.</source>
        <translation>Se cambió su frase de contraseña. A partir de ahora, desbloquee esta bóveda con la nueva frase de contraseña; la anterior ya no la abre.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="352"/>
        <source>The passphrase was not changed</source>
        <translation>No se cambió la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="353"/>
        <source>The old passphrase still works.</source>
        <translation>La frase de contraseña anterior sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="363"/>
        <source>Make an emergency recovery key?</source>
        <translation>¿Crear una clave de recuperación de emergencia?</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="364"/>
        <source>Nobody can open your vault if you forget your passphrase.</source>
        <translation>Nadie puede abrir su bóveda si olvida su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="366"/>
        <source>An emergency recovery key, printed and kept somewhere safe, lets you set a new passphrase if you forget yours. You can also make one later in the Vault menu.</source>
        <translation>Una clave de recuperación de emergencia, impresa y guardada en un lugar seguro, le permite poner una nueva frase de contraseña si olvida la suya. También puede crearla más tarde en el menú Bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="369"/>
        <source>&amp;Make a recovery key now</source>
        <translation>&amp;Crear una clave de recuperación ahora</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="369"/>
        <source>Make a recovery key now</source>
        <translation>Crear una clave de recuperación ahora</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="370"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="370"/>
        <source>Later, from the Vault menu</source>
        <translation>Más tarde, desde el menú Bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="384"/>
        <source>Replace the recovery key?</source>
        <translation>¿Reemplazar la clave de recuperación?</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="385"/>
        <source>This vault already has an emergency recovery key.</source>
        <translation>Esta bóveda ya tiene una clave de recuperación de emergencia.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="387"/>
        <source>A new key replaces it: the old sheet stops working. Make a new key if the old sheet is lost or someone else may have seen it.</source>
        <translation>Una clave nueva la reemplaza: la hoja anterior deja de funcionar. Cree una clave nueva si perdió la hoja anterior o si otra persona pudo haberla visto.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="391"/>
        <source>&amp;Make a new key</source>
        <translation>&amp;Crear una clave nueva</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="395"/>
        <source>&amp;Keep the old key</source>
        <translation>Conser&amp;var la clave anterior</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="392"/>
        <source>Make a new key to replace the old recovery key</source>
        <translation>Crear una clave nueva que reemplace la clave de recuperación anterior</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="395"/>
        <source>Keep the old key, do not make a new one</source>
        <translation>Conservar la clave anterior, no crear una nueva</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="403"/>
        <source>Making a recovery key… this takes a second or two.</source>
        <translation>Creando una clave de recuperación… esto tarda un par de segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="408"/>
        <source>The recovery key was made. Print it or write it down.</source>
        <translation>Se creó la clave de recuperación. Imprímala o anótela.</translation>
    </message>
    <message>
        <location filename="../../ui/window/vault_actions.py" line="414"/>
        <source>No recovery key was made</source>
        <translation>No se creó ninguna clave de recuperación</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <location filename="../../ui/window/status_bar.py" line="23"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_bar.py" line="24"/>
        <source>&amp;Retry saving</source>
        <translation>&amp;Volver a intentar guardar</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_bar.py" line="25"/>
        <source>Retry saving</source>
        <translation>Volver a intentar guardar</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_bar.py" line="29"/>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_bar.py" line="42"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/status_bar.py" line="49"/>
        <source>Clipboard cleared in %n s</source>
        <translation>
            <numerusform>El portapapeles se borra en %n s</numerusform>
            <numerusform>El portapapeles se borra en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window/main_menus.py" line="25"/>
        <source>&amp;Open vault…</source>
        <translation>&amp;Abrir bóveda…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="27"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="29"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="33"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="35"/>
        <source>&amp;Find account</source>
        <translation>&amp;Buscar cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="37"/>
        <source>&amp;Paste codes to import</source>
        <translation>&amp;Pegar códigos para importar</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="41"/>
        <location filename="../../ui/window/main_menus.py" line="47"/>
        <source>&amp;Show codes</source>
        <translation>&amp;Mostrar códigos</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="47"/>
        <source>Hide code&amp;s</source>
        <translation>Ocultar códi&amp;gos</translation>
    </message>
    <message>
        <location filename="../../ui/self_test.py" line="148"/>
        <location filename="../../ui/window/main_menus.py" line="52"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="62"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="70"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_menus.py" line="82"/>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="124"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="127"/>
        <source>Something unexpected went wrong in Backup Code Vault.</source>
        <translation>Algo inesperado salió mal en Backup Code Vault.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>Your vault file was not changed by this error. If you were in the middle of something, check that it was done; changes you made before are saved automatically. You can report the details below (they hold no codes).</source>
        <translation>Este error no cambió su archivo de bóveda. Si estaba haciendo algo, compruebe que se completó; los cambios que hizo antes se guardan automáticamente. Puede informar de los detalles de abajo (no contienen códigos).</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../../ui/state/autosave.py" line="153"/>
        <location filename="../../ui/state/autosave.py" line="206"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/state/autosave.py" line="166"/>
        <location filename="../../ui/state/autosave.py" line="177"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/state/autosave.py" line="201"/>
        <source>Saved (changes made elsewhere were merged in)</source>
        <translation>Guardado (se combinaron los cambios hechos en otro lugar)</translation>
    </message>
    <message>
        <location filename="../../ui/state/autosave.py" line="216"/>
        <source>Waiting for another program to finish saving…</source>
        <translation>Esperando a que otro programa termine de guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/state/autosave.py" line="230"/>
        <source>The vault could not be saved (%1). Your previous vault is intact.</source>
        <translation>No se pudo guardar la bóveda (%1). Su bóveda anterior está intacta.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/window/account_dialogs.py" line="36"/>
        <location filename="../../ui/window/account_dialogs.py" line="37"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../ui/intake/trash.py" line="46"/>
        <source>Move the document to the trash?</source>
        <translation>¿Mover el documento a la papelera?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="47"/>
        <source>Move the original document to the trash? It holds your codes unencrypted.</source>
        <translation>¿Mover el documento original a la papelera? Contiene sus códigos sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="50"/>
        <source>Your codes are now in the vault, so you do not need it any more. The document is:
%1

Empty the trash afterwards to remove it for good.</source>
        <translation>Sus códigos ya están en la bóveda, así que ya no lo necesita. El documento es:
%1

Vacíe la papelera después para eliminarlo definitivamente.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="56"/>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="60"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="57"/>
        <source>Move to Trash, the original document</source>
        <translation>Mover a la papelera el documento original</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="61"/>
        <source>Keep it, do not move the document</source>
        <translation>Conservarlo, no mover el documento</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="75"/>
        <source>The document is still there</source>
        <translation>El documento sigue ahí</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="77"/>
        <source>The document could not be moved to the trash.</source>
        <translation>No se pudo mover el documento a la papelera.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/trash.py" line="80"/>
        <source>It is still at:
%1

It holds your codes unencrypted, so please delete it yourself (and empty the trash). Your codes are safe in the vault.</source>
        <translation>Sigue en:
%1

Contiene sus códigos sin cifrar, así que elimínelo usted mismo (y vacíe la papelera). Sus códigos están seguros en la bóveda.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/state/undo.py" line="70"/>
        <source>Mark a code of %1 used</source>
        <translation>Marcar como usado un código de %1</translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="90"/>
        <source>Mark a code of %1 unused</source>
        <translation>Marcar como no usado un código de %1</translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="114"/>
        <source>Replace the code of %1</source>
        <translation>Reemplazar el código de %1</translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="151"/>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="182"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="211"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="249"/>
        <source>Import codes into %1</source>
        <translation>Importar códigos en %1</translation>
    </message>
    <message>
        <location filename="../../ui/state/undo.py" line="314"/>
        <source>Restore from a paper copy</source>
        <translation>Restaurar desde una copia en papel</translation>
    </message>
</context>
</TS>
