output "aws_euc1_vpc_id" {
  description = "VPC of AWS Frankfurt"
  value       = aws_vpc.aws_euc1.id
}

output "aws_euc1_transit_gateway_id" {
  description = "Transit gateway of AWS Frankfurt"
  value       = aws_ec2_transit_gateway.aws_euc1.id
}

output "lx_vpn_aws_aws_euc1_tunnel1_address" {
  description = "Outside address of tunnel 1 of lx-vpn-aws"
  value       = aws_vpn_connection.lx_vpn_aws_aws_euc1.tunnel1_address
}

output "lx_vpn_aws_aws_euc1_tunnel2_address" {
  description = "Outside address of tunnel 2 of lx-vpn-aws"
  value       = aws_vpn_connection.lx_vpn_aws_aws_euc1.tunnel2_address
}
