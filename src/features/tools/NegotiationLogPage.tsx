export default function NegotiationLogPage() {
  return null;
}
