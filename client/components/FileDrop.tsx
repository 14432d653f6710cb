import { useState, type DragEvent } from 'react';

interface FileDropProps {
  label: string;
  accept: string;
  disabled?: boolean;
  required?: boolean;
  /** The chosen file's name, shown once there is one. */
  chosen?: string | null;
  onFile: (file: File) => void;
  testId?: string;
}

/** A file field that also takes a file dropped on it. */
export function FileDrop({ label, accept, disabled = false, required = false, chosen = null, onFile, testId }: FileDropProps) {
  const [isOver, setOver] = useState(false);
  const handleDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <label
      className={`drop-zone${isOver ? ' is-over' : ''}`}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={handleDrop}
    >
      <span>{label}</span>
      {chosen ? <strong className="drop-chosen">{chosen}</strong> : null}
      <input
        type="file"
        accept={accept}
        disabled={disabled}
        required={required && !chosen}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
