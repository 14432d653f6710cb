import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { useConfirmMovesOn, useEveryRowOpen } from '../hooks/editorSettings';

interface ShortcutHelpProps {
  isOpen: boolean;
  onClose: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';
const ALT = isMac ? '⌥' : 'Alt';

/** Every keyboard shortcut of the editor, opened with `?`. */
export function ShortcutHelp({ isOpen, onClose }: ShortcutHelpProps) {
  const { t } = useTranslation();
  const [movesOn, setMovesOn] = useConfirmMovesOn();
  const [everyRowOpen, setEveryRowOpen] = useEveryRowOpen();
  const rows: Array<[string[], string]> = [
    [[MOD, 'Enter'], movesOn ? t('shortcuts.confirmAndNext') : t('shortcuts.save')],
    [[MOD, 'Shift', 'Enter'], t('shortcuts.submit')],
    [[ALT, '↓'], t('shortcuts.next')],
    [[ALT, '↑'], t('shortcuts.previous')],
    [[ALT, 'H'], t('shortcuts.history')],
    [[MOD, '.'], t('shortcuts.applyFix')],
    [[ALT, 'I'], t('shortcuts.insertCode')],
    [[MOD, '1 / 2 / 3'], t('shortcuts.useMatch')],
    [[MOD, 'K'], t('shortcuts.concordance')],
    [['F8'], t('shortcuts.nextFinding')],
    [['Shift', 'F8'], t('shortcuts.previousFinding')],
    [['/'], t('shortcuts.search')],
    [['Ctrl', 'H'], t('shortcuts.replace')],
    [['?'], t('shortcuts.help')],
    [['Esc'], t('shortcuts.close')],
  ];
  return (
    <Dialog isOpen={isOpen} title={t('shortcuts.title')} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {rows.map(([keys, description]) => (
            <tr key={description}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' + ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="checkbox shortcut-setting">
        <input type="checkbox" checked={movesOn} onChange={(event) => setMovesOn(event.target.checked)} />
        {t('shortcuts.movesOnSetting')}
      </label>
      <label className="checkbox shortcut-setting">
        <input type="checkbox" checked={everyRowOpen} onChange={(event) => setEveryRowOpen(event.target.checked)} />
        {t('shortcuts.everyRowOpenSetting')}
      </label>
    </Dialog>
  );
}
