output "aws_use1_vpc_id" {
  description = "VPC of AWS US East (N. Virginia)"
  value       = aws_vpc.aws_use1.id
}

output "aws_use1_transit_gateway_id" {
  description = "Transit gateway of AWS US East (N. Virginia)"
  value       = aws_ec2_transit_gateway.aws_use1.id
}

output "aws_euw1_vpc_id" {
  description = "VPC of AWS EU (Ireland)"
  value       = aws_vpc.aws_euw1.id
}

output "aws_euw1_transit_gateway_id" {
  description = "Transit gateway of AWS EU (Ireland)"
  value       = aws_ec2_transit_gateway.aws_euw1.id
}

output "aws_apse1_vpc_id" {
  description = "VPC of AWS Asia Pacific (Singapore)"
  value       = aws_vpc.aws_apse1.id
}

output "aws_apse1_transit_gateway_id" {
  description = "Transit gateway of AWS Asia Pacific (Singapore)"
  value       = aws_ec2_transit_gateway.aws_apse1.id
}

output "x_aws_use1_az_eastus_aws_use1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-use1-az-eastus"
  value       = aws_vpn_connection.x_aws_use1_az_eastus_aws_use1.tunnel1_address
}

output "x_aws_use1_az_eastus_aws_use1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-use1-az-eastus"
  value       = aws_vpn_connection.x_aws_use1_az_eastus_aws_use1.tunnel2_address
}

output "x_aws_use1_az_weu_aws_use1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-use1-az-weu"
  value       = aws_vpn_connection.x_aws_use1_az_weu_aws_use1.tunnel1_address
}

output "x_aws_use1_az_weu_aws_use1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-use1-az-weu"
  value       = aws_vpn_connection.x_aws_use1_az_weu_aws_use1.tunnel2_address
}

output "x_aws_use1_az_sea_aws_use1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-use1-az-sea"
  value       = aws_vpn_connection.x_aws_use1_az_sea_aws_use1.tunnel1_address
}

output "x_aws_use1_az_sea_aws_use1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-use1-az-sea"
  value       = aws_vpn_connection.x_aws_use1_az_sea_aws_use1.tunnel2_address
}

output "x_aws_use1_gcp_usc1_aws_use1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-use1-gcp-usc1"
  value       = aws_vpn_connection.x_aws_use1_gcp_usc1_aws_use1.tunnel1_address
}

output "x_aws_use1_gcp_usc1_aws_use1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-use1-gcp-usc1"
  value       = aws_vpn_connection.x_aws_use1_gcp_usc1_aws_use1.tunnel2_address
}

output "x_aws_use1_gcp_euw1_aws_use1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-use1-gcp-euw1"
  value       = aws_vpn_connection.x_aws_use1_gcp_euw1_aws_use1.tunnel1_address
}

output "x_aws_use1_gcp_euw1_aws_use1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-use1-gcp-euw1"
  value       = aws_vpn_connection.x_aws_use1_gcp_euw1_aws_use1.tunnel2_address
}

output "x_aws_use1_gcp_ase1_aws_use1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-use1-gcp-ase1"
  value       = aws_vpn_connection.x_aws_use1_gcp_ase1_aws_use1.tunnel1_address
}

output "x_aws_use1_gcp_ase1_aws_use1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-use1-gcp-ase1"
  value       = aws_vpn_connection.x_aws_use1_gcp_ase1_aws_use1.tunnel2_address
}

output "x_aws_euw1_az_eastus_aws_euw1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-euw1-az-eastus"
  value       = aws_vpn_connection.x_aws_euw1_az_eastus_aws_euw1.tunnel1_address
}

output "x_aws_euw1_az_eastus_aws_euw1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-euw1-az-eastus"
  value       = aws_vpn_connection.x_aws_euw1_az_eastus_aws_euw1.tunnel2_address
}

output "x_aws_euw1_az_weu_aws_euw1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-euw1-az-weu"
  value       = aws_vpn_connection.x_aws_euw1_az_weu_aws_euw1.tunnel1_address
}

output "x_aws_euw1_az_weu_aws_euw1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-euw1-az-weu"
  value       = aws_vpn_connection.x_aws_euw1_az_weu_aws_euw1.tunnel2_address
}

output "x_aws_euw1_az_sea_aws_euw1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-euw1-az-sea"
  value       = aws_vpn_connection.x_aws_euw1_az_sea_aws_euw1.tunnel1_address
}

output "x_aws_euw1_az_sea_aws_euw1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-euw1-az-sea"
  value       = aws_vpn_connection.x_aws_euw1_az_sea_aws_euw1.tunnel2_address
}

output "x_aws_euw1_gcp_usc1_aws_euw1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-euw1-gcp-usc1"
  value       = aws_vpn_connection.x_aws_euw1_gcp_usc1_aws_euw1.tunnel1_address
}

output "x_aws_euw1_gcp_usc1_aws_euw1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-euw1-gcp-usc1"
  value       = aws_vpn_connection.x_aws_euw1_gcp_usc1_aws_euw1.tunnel2_address
}

output "x_aws_euw1_gcp_euw1_aws_euw1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-euw1-gcp-euw1"
  value       = aws_vpn_connection.x_aws_euw1_gcp_euw1_aws_euw1.tunnel1_address
}

output "x_aws_euw1_gcp_euw1_aws_euw1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-euw1-gcp-euw1"
  value       = aws_vpn_connection.x_aws_euw1_gcp_euw1_aws_euw1.tunnel2_address
}

output "x_aws_euw1_gcp_ase1_aws_euw1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-euw1-gcp-ase1"
  value       = aws_vpn_connection.x_aws_euw1_gcp_ase1_aws_euw1.tunnel1_address
}

output "x_aws_euw1_gcp_ase1_aws_euw1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-euw1-gcp-ase1"
  value       = aws_vpn_connection.x_aws_euw1_gcp_ase1_aws_euw1.tunnel2_address
}

output "x_aws_apse1_az_eastus_aws_apse1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-apse1-az-eastus"
  value       = aws_vpn_connection.x_aws_apse1_az_eastus_aws_apse1.tunnel1_address
}

output "x_aws_apse1_az_eastus_aws_apse1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-apse1-az-eastus"
  value       = aws_vpn_connection.x_aws_apse1_az_eastus_aws_apse1.tunnel2_address
}

output "x_aws_apse1_az_weu_aws_apse1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-apse1-az-weu"
  value       = aws_vpn_connection.x_aws_apse1_az_weu_aws_apse1.tunnel1_address
}

output "x_aws_apse1_az_weu_aws_apse1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-apse1-az-weu"
  value       = aws_vpn_connection.x_aws_apse1_az_weu_aws_apse1.tunnel2_address
}

output "x_aws_apse1_az_sea_aws_apse1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-apse1-az-sea"
  value       = aws_vpn_connection.x_aws_apse1_az_sea_aws_apse1.tunnel1_address
}

output "x_aws_apse1_az_sea_aws_apse1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-apse1-az-sea"
  value       = aws_vpn_connection.x_aws_apse1_az_sea_aws_apse1.tunnel2_address
}

output "x_aws_apse1_gcp_usc1_aws_apse1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-apse1-gcp-usc1"
  value       = aws_vpn_connection.x_aws_apse1_gcp_usc1_aws_apse1.tunnel1_address
}

output "x_aws_apse1_gcp_usc1_aws_apse1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-apse1-gcp-usc1"
  value       = aws_vpn_connection.x_aws_apse1_gcp_usc1_aws_apse1.tunnel2_address
}

output "x_aws_apse1_gcp_euw1_aws_apse1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-apse1-gcp-euw1"
  value       = aws_vpn_connection.x_aws_apse1_gcp_euw1_aws_apse1.tunnel1_address
}

output "x_aws_apse1_gcp_euw1_aws_apse1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-apse1-gcp-euw1"
  value       = aws_vpn_connection.x_aws_apse1_gcp_euw1_aws_apse1.tunnel2_address
}

output "x_aws_apse1_gcp_ase1_aws_apse1_tunnel1_address" {
  description = "Outside address of tunnel 1 of x-aws-apse1-gcp-ase1"
  value       = aws_vpn_connection.x_aws_apse1_gcp_ase1_aws_apse1.tunnel1_address
}

output "x_aws_apse1_gcp_ase1_aws_apse1_tunnel2_address" {
  description = "Outside address of tunnel 2 of x-aws-apse1-gcp-ase1"
  value       = aws_vpn_connection.x_aws_apse1_gcp_ase1_aws_apse1.tunnel2_address
}

output "edge_accelerator_dns_name" {
  description = "Anycast DNS name of Global API edge"
  value       = aws_globalaccelerator_accelerator.edge.dns_name
}
