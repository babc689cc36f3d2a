import './forms.css';

/** "第 3 步，共 9 步": a caption above the question. */
export function ProgressIndicator({ text }: { text: string }) {
  return <p className="progress-caption">{text}</p>;
}
