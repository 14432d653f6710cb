import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/permissions';

interface RoleSelectProps {
  value: Role | null;
  onChange: (role: Role | null) => void;
  allowNone: boolean;
  label: string;
  disabled?: boolean;
}

/** A role picker; "none" only where a missing role makes sense (a global role). */
export function RoleSelect({ value, onChange, allowNone, label, disabled }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={label}
      value={value ?? ''}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value === '' ? null : (event.target.value as Role))}
    >
      {allowNone ? <option value="">{t('roles.none')}</option> : null}
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </select>
  );
}
